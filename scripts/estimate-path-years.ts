/**
 * Writes modelled `stepYears` into every path of src/data/careers.json, then copies each
 * step's fit into the moves derived from it (scripts/estimation/derived-moves.ts), so a move citing a
 * Zippia path always carries the current fit.
 *
 *   npx tsx scripts/estimate-path-years.ts           # update the file
 *   npx tsx scripts/estimate-path-years.ts --check   # exit 1 if the file is out of date
 *   npx tsx scripts/estimate-path-years.ts --file other.json   # another file of the same shape
 *
 * The step years are derived data, so they are regenerated from the path totals rather than
 * edited by hand; see docs/estimation.md for the method. Only `stepYears` and the derived
 * moves' `years` change: the file
 * must already be in canonical form (JSON.stringify, 2-space indent, trailing newline), and
 * the script refuses to write otherwise rather than reformat a file other people edit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseLambda, type LambdaChoice } from './estimation/estimate-lambda';
import {
  estimateRelevantFirst,
  methodText,
  toStepYears,
  type RelevantFirstEstimate,
} from './estimation/estimate-step-years';
import type { Years } from '../src/data/schema';
import { applyDerivedYears, type TransitionLike } from './estimation/derived-moves';

/**
 * Credential minimums used as hard floors, keyed by printed title. "Medical Coder": each next
 * step on the Zippia paths (auditor, instructor, HIM manager) expects a full CPC/CCS, and AAPC
 * removes the CPC-A apprentice status after 2 years of coding (1 year only with an added 80-hour
 * course); AHIMA recommends 2 years of coding for the CCS.
 */
export const CREDENTIAL_FLOORS: Readonly<Record<string, number>> = { 'Medical Coder': 2 };

export interface PathRecord {
  id: string;
  titles: string[];
  totalYears: number;
  relevant: boolean;
  stepYears: Years[];
}

export interface StepYearsUpdate {
  choice: LambdaChoice;
  estimate: RelevantFirstEstimate;
  /** The same paths with `stepYears` replaced; every other field untouched. */
  paths: PathRecord[];
}

/** Pure: estimates the step years of `paths` (careers.json path records). */
export function updateStepYears<P extends PathRecord>(
  paths: readonly P[],
  floors = CREDENTIAL_FLOORS,
): StepYearsUpdate & { paths: P[] } {
  const totals = paths.map((p) => {
    if (!Array.isArray(p.titles) || p.titles.length < 2)
      throw new Error(`estimate-path-years: path '${p.id}' needs a start and a destination`);
    return { id: p.id, tenureKeys: p.titles.slice(0, -1), totalYears: p.totalYears, relevant: p.relevant };
  });
  const choice = chooseLambda(
    totals.filter((p) => p.relevant),
    { floors },
  );
  const estimate = estimateRelevantFirst(totals, { floors, lambda: choice.lambda });
  const method = methodText(choice.lambda, estimate.relevant.prior);
  return {
    choice,
    estimate,
    paths: paths.map((p) => ({ ...p, stepYears: toStepYears(estimate.keys, p.titles.slice(0, -1), method) })),
  };
}

function main(argv: readonly string[]): number {
  const at = argv.indexOf('--file');
  const file =
    at >= 0 && argv[at + 1]
      ? resolve(argv[at + 1] as string)
      : resolve(import.meta.dirname, '../src/data/careers.json');
  const raw = readFileSync(file, 'utf8');
  const data = JSON.parse(raw) as { paths: (PathRecord & { roles: string[] })[]; transitions: TransitionLike[] };
  if (`${JSON.stringify(data, null, 2)}\n` !== raw) {
    console.error(
      `estimate-path-years: ${file} is not in canonical JSON form (2-space indent, trailing newline); not rewriting it.`,
    );
    return 2;
  }
  const { choice, estimate, paths } = updateStepYears(data.paths);
  const transitions = applyDerivedYears(data.transitions, paths);
  const next = `${JSON.stringify({ ...data, transitions, paths }, null, 2)}\n`;

  console.log(
    `λ = ${choice.lambda} (cross-validation alone: ${choice.cvLambda}; within tolerance: ${choice.withinTolerance})`,
  );
  for (const s of choice.scores)
    console.log(`  λ=${s.lambda}\tCV RMSE ${s.cvRmse.toFixed(3)}\tmax |residual| ${s.maxAbsResidual.toFixed(3)}`);
  console.log(
    `max |residual|: relevant ${estimate.relevant.maxAbsResidual.toFixed(3)}, other ${estimate.other?.maxAbsResidual.toFixed(3) ?? '-'}`,
  );
  for (const [k, e] of Object.entries(estimate.keys)) {
    console.log(
      `  ${k.padEnd(36)} ${e.estimate.toFixed(2)}  [${e.low.toFixed(2)}, ${e.high.toFixed(2)}]  n=${e.nPaths}`,
    );
  }
  if (argv.includes('--check')) {
    if (next !== raw)
      console.error(
        'estimate-path-years: stepYears or the years of moves derived from them are out of date; run the script without --check.',
      );
    return next === raw ? 0 : 1;
  }
  if (next !== raw) writeFileSync(file, next);
  console.log(
    next === raw
      ? `${file} is already up to date.`
      : `Updated the stepYears of ${paths.length} paths and the derived moves in ${file}.`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  process.exitCode = main(process.argv.slice(2));
