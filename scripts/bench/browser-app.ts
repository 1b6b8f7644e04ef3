/**
 * The built app served by `vite preview` and opened in Debian's headless Chromium, for the
 * browser benchmarks (browser-scale, large-map). Builds first when the build folder is missing.
 * PW_PORT and PW_DIST (as in playwright.config.ts) give a parallel run its own port and folder.
 * Headless Chromium draws WebGL in software (SwiftShader): map figures are far slower than on a
 * GPU, and the load average goes with every figure because the build machines are shared.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureE2eBuild, previewCommand } from '../e2e-app';
import { bench as print, load } from './report';

export { load };

/** Prints one figure in the `npm run bench` format, whole: a browser's clock is not finer than a millisecond here. */
export const bench = (name: string, value: number, unit: string): void => print(name, Math.round(value), unit);

/** Prints one figure and the load average it was taken under. */
export function benchWithLoad(name: string, value: number, unit: string): void {
  bench(name, value, unit);
  console.log(`# load average ${load()}`);
}

export async function withBuiltApp(
  defaultPort: number,
  run: (browser: Browser, url: string) => Promise<void>,
): Promise<void> {
  const port = Number(process.env.PW_PORT ?? defaultPort);
  const dist = process.env.PW_DIST ?? 'dist';
  // A server left on the port (another run's) would answer for this one, with its own build.
  if (
    await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${port} is already serving; set PW_PORT`);
  ensureE2eBuild(dist, 'bench');
  const [command, ...args] = previewCommand(port, dist);
  const server = spawn(command!, args, { stdio: 'ignore' });
  try {
    // The preview server takes longer than a fixed wait to start on a loaded machine.
    for (let i = 0; i < 60; i++) {
      if (
        await fetch(`http://127.0.0.1:${port}/`).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      await run(browser, `http://127.0.0.1:${port}/`);
    } finally {
      await browser.close();
    }
  } finally {
    // A preview server still loading its config can outlive SIGTERM (seen once): SIGKILL it then.
    server.kill();
    const killer = setTimeout(() => server.kill('SIGKILL'), 5000);
    await new Promise((r) =>
      server.exitCode !== null || server.signalCode !== null ? r(null) : server.once('exit', r),
    );
    clearTimeout(killer);
  }
}
