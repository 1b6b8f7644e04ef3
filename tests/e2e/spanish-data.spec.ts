/**
 * Issue 17, data and search: a Spanish job title lands on the right role in either interface
 * language; in Spanish the role, its moves and the map's labels read in Spanish; a language switch
 * relabels the map in place (the same renderer, no rebuilt graph).
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';

type Sigma = {
  getGraph: () => { hasNode: (n: string) => boolean; getNodeAttribute: (n: string, a: string) => string };
};
/** The label the map draws for a role, or null while the role is not on the map. */
const mapLabel = (page: Page, node: string) =>
  page.evaluate((id) => {
    const graph = (window as unknown as { __careerSigma: Sigma }).__careerSigma.getGraph();
    return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : null;
  }, node);

test('a Spanish job title without accents finds its role in the English interface', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const box = page.getByRole('combobox', { name: 'Search job titles' });
  await box.fill('registrador de tumores');
  await expect(page.getByRole('option').first()).toContainText('Registrador de tumores → Cancer / Tumor Registrar');
  await box.press('Enter');
  await expect(page.getByRole('region', { name: 'Cancer / Tumor Registrar', exact: true })).toBeVisible();
});

test('in Spanish the search, the role panel and the map read in Spanish, and a switch relabels the map in place', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  await waitForGraph(page);
  await expect.poll(() => mapLabel(page, 'coder')).toBe('Codificador/a médico/a');
  const box = page.getByRole('combobox').first();
  await box.fill('codificador medico');
  await expect(page.getByRole('option').first()).toContainText('Codificador médico');
  await box.press('Enter');
  const panel = page.getByRole('region', { name: 'Codificador/a médico/a', exact: true });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Registrador/a de tumores (cáncer)' }).first()).toBeVisible();
  // A source's words stay in English, marked as such, inside the Spanish description.
  await expect(
    panel.locator('[lang="en"]', { hasText: '"known as medical coders or clinical coding specialists"' }),
  ).toHaveCount(1);

  await page.evaluate(
    () =>
      ((window as unknown as { __first: unknown; __careerSigma: unknown }).__first = (
        window as unknown as { __careerSigma: unknown }
      ).__careerSigma),
  );
  await page.locator('select').filter({ hasText: 'Español' }).first().selectOption('en');
  await expect.poll(() => mapLabel(page, 'coder')).toBe('Medical Coder');
  expect(
    await page.evaluate(
      () =>
        (window as unknown as { __first: unknown; __careerSigma: unknown }).__first ===
        (window as unknown as { __careerSigma: unknown }).__careerSigma,
    ),
  ).toBe(true);
  await expect(page.getByRole('region', { name: 'Medical Coder', exact: true })).toBeVisible();
});

test('the role list in Spanish names roles, tracks and levels in Spanish', async ({ page }) => {
  await page.goto('/?lang=es&view=list');
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Registrador/a de tumores (cáncer)' }) });
  await expect(row).toContainText('Registro de cáncer');
  await expect(row).toContainText('Intermedio');
});

test('in Spanish, an imported dataset without Spanish shows its own English, marked "(en inglés)"', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Datos', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Sus datos' });
  const roles = [
    'id,title,track,level,typical_education',
    'abstractor,Chart Abstractor,records,entry,certificate',
    'lead,Abstraction Lead,records,senior,associate',
  ].join('\n');
  await panel
    .getByLabel('Importar datos')
    .setInputFiles([{ name: 'roles.csv', mimeType: 'text/csv', buffer: Buffer.from(roles, 'utf8') }]);
  await expect.poll(() => mapLabel(page, 'abstractor')).toBe('Chart Abstractor');
  await page.getByRole('button', { name: 'Lista', exact: true }).click();
  const title = page.getByRole('button', { name: 'Chart Abstractor (en inglés)' });
  await expect(title).toBeVisible();
  await expect(title.locator('[lang="en"]')).toHaveText('Chart Abstractor');
});

test('in Spanish, a refused import lists its problems in Spanish (worked out in the import worker)', async ({
  page,
}) => {
  await page.goto('/?lang=es');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Datos', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Sus datos' });
  const roles = [
    'id,title,track,level,typical_education',
    'abstractor,,records,entry,certificate',
    'lead,Abstraction Lead,records,boss,associate',
  ].join('\n');
  const moves = ['from,to,years', 'abstractor,ghost,2'].join('\n');
  await panel.getByLabel('Importar datos').setInputFiles([
    { name: 'roles.csv', mimeType: 'text/csv', buffer: Buffer.from(roles, 'utf8') },
    { name: 'transitions.csv', mimeType: 'text/csv', buffer: Buffer.from(moves, 'utf8') },
  ]);
  const alert = panel.getByRole('alert');
  await expect(alert).toContainText('No se pudo importar');
  await expect(alert.getByRole('listitem')).toHaveText([
    'roles.csv fila 2, columna title: es obligatorio y no debe estar vacío',
    "roles.csv fila 3, columna level: 'boss' no es ninguno de estos: entry, mid, senior, leadership",
    "transitions.csv fila 2, columna to: identificador de puesto desconocido 'ghost'; no está en roles.csv",
  ]);
  await panel
    .getByLabel('Importar datos')
    .setInputFiles([
      { name: 'careers.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 1, "roles": [') },
    ]);
  await expect(alert.getByRole('listitem')).toHaveText([
    'careers.json línea 1, columna 26: no es JSON válido: el texto termina antes de tiempo (¿falta una } o un ]?)',
  ]);
});
