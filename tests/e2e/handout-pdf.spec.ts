/**
 * The printed plan, read back from the PDF the browser prints (pdfjs-dist extracts its text):
 * every duration has where it comes from and its year beside it — the move's sources, "estimate,
 * method in note N" with the method printed once below, or the program's length convention —
 * and every web source carries the date it was read. In English and in Spanish.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import data from '../../src/data/careers.json' with { type: 'json' };
import { t } from './i18n';

type Lang = 'en' | 'es';
const FROM = 'hit';
const TO = 'him_manager';

/** The PDF's text: its text items in order, a line's end read as a space (a wrapped cell reads as one line). */
async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
  }
  return { pages: doc.numPages, text: text.replace(/\s+/g, ' ') };
}

interface Printed {
  pages: number;
  text: string;
  roles: string[];
  /** Each step's "How long" cell: the duration and the source line under it ('' when none). */
  cells: { duration: string; source: string }[];
}

async function printedPlan(page: Page, lang: Lang): Promise<Printed> {
  await page.goto(`/?lang=${lang}&view=routes&from=${FROM}&to=${TO}`);
  await page
    .getByRole('list', { name: t(lang, 'rp_routes') })
    .getByRole('button', { name: t(lang, 'rc_make_plan') })
    .first()
    .click();
  await page.emulateMedia({ media: 'print' });
  const handout = page.locator('.plan-handout');
  await expect(handout).toBeVisible();
  const route = (await handout.locator('section p').first().textContent())!.split(' · ')[0]!.trim();
  const byTitle = new Map(data.roles.map((r) => [lang === 'es' ? (r.es?.title ?? r.title) : r.title, r.id]));
  const roles = route.split(' → ').map((title) => byTitle.get(title.trim())!);
  const cells = await handout
    .locator('table')
    .first()
    .locator('tbody td:nth-of-type(2)')
    .evaluateAll((tds) =>
      tds.map((td) => ({
        duration: td.firstChild?.textContent ?? '',
        source: td.querySelector('.source')?.textContent ?? '',
      })),
    );
  mkdirSync('screenshots', { recursive: true });
  const pdf = await page.pdf({ path: `screenshots/plan-${lang}.pdf`, format: 'Letter', printBackground: true });
  return { ...(await pdfText(pdf)), roles, cells };
}

/** Text without blank space: a cell wrapped after a hyphen or around a ligature reads the same in the PDF and the page. */
const squash = (s: string) => s.replace(/\s+/g, '');
const source = (id: string) => data.sources.find((s) => s.id === id)!;

for (const lang of ['en', 'es'] as const) {
  test(`the printed plan (${lang}) gives a source and a year for every duration, and access dates`, async ({
    page,
  }) => {
    const printed = await printedPlan(page, lang);
    const { pages, roles, cells } = printed;
    const text = squash(printed.text);
    expect(roles.every(Boolean)).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const say = (key: string, params: Record<string, string> = {}) => squash(t(lang, key, params));

    // Every duration in the steps is printed with its source line right under it; only "goal
    // reached" and "length not stated" carry no figure and so no source.
    const noFigure = [say('tl_goal_reached'), say('tl_length_unknown')];
    expect(cells.length).toBeGreaterThan(roles.length - 1);
    for (const { duration, source } of cells) {
      if (noFigure.includes(squash(duration))) expect(source).toBe('');
      else expect(text).toContain(squash(duration + source));
    }
    // The total says what it is made of.
    expect(text).toContain(say('ho_total', { years: '@' }).split('@')[1]!);

    // Each job step: its years, then the move's sources with their years, or "estimate, method in note N".
    const methods: string[] = [];
    roles.slice(0, -1).forEach((from, i) => {
      const move = data.transitions.find((tr) => tr.from === from && tr.to === roles[i + 1])!;
      const first = source(move.sources[0]!);
      const year = lang === 'es' ? (first.es?.dataYear ?? first.dataYear) : first.dataYear;
      const cited = squash(`${first.publisher}${first.edition ? `, ${first.edition}` : ''} (${year}`);
      if (move.years.estimated) {
        const method = squash((lang === 'es' ? move.es?.method : undefined) ?? move.years.method!);
        if (!methods.includes(method)) methods.push(method);
        const note = String(methods.indexOf(method) + 1);
        expect(text).toContain(say('ho_src_estimate', { note, citation: cited }));
        expect(text).toContain(method);
      } else expect(text).toContain(say('ho_src_move', { citation: cited }));
    });
    if (methods.length) expect(text).toContain(say('ho_methods'));
    // A method names what a reader can follow, never the project's research notes (issue 24).
    expect(printed.text).not.toMatch(/domain-facts|shared\/research|§\s?\d|\bT\d{1,2}\b|RMS/);

    // Each program's length is the IPEDS convention, said where it is printed.
    const programLine = say('ho_src_program', { basis: '@', citation: '' }).split('@')[0]!;
    const studies = cells.filter((c) => squash(c.source).startsWith(programLine));
    expect(studies.length).toBeGreaterThan(0);
    for (const study of studies) expect(study.source).toContain('IPEDS');

    // Web sources with the date they were read, or the latest day they can have been read where the
    // day was not recorded; no "current at access date" left without one of them.
    const accessed = squash(lang === 'es' ? 'consultado el 7 de diciembre de 2026' : 'accessed December 7, 2026');
    const readBy = squash(
      lang === 'es' ? 'consultado a más tardar el 22 de noviembre de 2026' : 'read on or before November 22, 2026',
    );
    expect(text).toContain(accessed);
    const current = squash(lang === 'es' ? 'vigente en la fecha de consulta' : 'current at access date');
    expect(
      text
        .split(current)
        .slice(1)
        .every((after) => after.startsWith(`;${accessed})`) || after.startsWith(`;${readBy})`)),
    ).toBe(true);
  });
}
