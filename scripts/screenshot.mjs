#!/usr/bin/env node
// Screenshot a page in Debian's headless Chromium, for looking at what we build:
//   node scripts/screenshot.mjs <url> <out.png> [width] [height] [--print] [--full]
//     [--click "<selector>"]... [--element "<selector>"]  (screenshot of one element, scrolled whole)
//     [--forced-colors] [--dark] [--reduced-motion]  (the operating system's modes, emulated)
//     [--wait <ms>]  (time to let the page settle first, 1200 by default; WebGL in software is slow)
// Prints console errors seen on the page.
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const takesValue = (flag) => flag === '--click' || flag === '--element' || flag === '--wait';
const [url, out, w = '1440', h = '900'] = args.filter((a, i) => !a.startsWith('--') && !takesValue(args[i - 1]));
const element = args[args.indexOf('--element') + 1];
const clicks = args.flatMap((a, i) => (a === '--click' ? [args[i + 1]] : []));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
const errors = [];
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
page.on('pageerror', (e) => errors.push(String(e)));
await page.emulateMedia({
  forcedColors: args.includes('--forced-colors') ? 'active' : 'none',
  colorScheme: args.includes('--dark') ? 'dark' : 'light',
  reducedMotion: args.includes('--reduced-motion') ? 'reduce' : 'no-preference',
});
await page.goto(url);
await page.waitForTimeout(args.includes('--wait') ? Number(args[args.indexOf('--wait') + 1]) : 1200);
for (const selector of clicks) {
  await page.locator(selector).first().click();
  await page.waitForTimeout(600);
}
if (args.includes('--print')) await page.emulateMedia({ media: 'print' });
if (args.includes('--element')) await page.locator(element).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: args.includes('--full') });
console.log(`screenshot: ${out}; console errors: ${JSON.stringify(errors)}`);
await browser.close();
