/**
 * The Zippia career paths (seed 003) that pass through a role, ready for the role panel:
 * the printed titles, the printed total and the modelled years of each step (with ranges).
 * The totals are the source's; the per-step years are estimates (docs/estimation.md), so the
 * view must label them as such — `yearsLabel` does.
 */
import type { CareerPath, Years } from '../data/schema';
import type { CareerModel } from './model';

export interface PathStepView {
  title: string;
  roleId: string;
  /** True when this printed title maps to the role the panel shows. */
  here: boolean;
  /** Modelled years spent in this title before the next; null for the destination. */
  years: Years | null;
}

export interface PathView {
  id: string;
  /** The path's number as the seed lists it (z13 → 13). */
  number: number;
  totalYears: number;
  /** Sum of the fitted step years (it may differ from the printed total by up to the fit's tolerance). */
  fittedTotal: number;
  relevant: boolean;
  note: string | undefined;
  /** The note in Spanish, when the dataset has it. */
  es: CareerPath['es'];
  steps: PathStepView[];
}

export function pathView(path: CareerPath, roleId: string): PathView {
  const steps = path.titles.map((title, i) => ({
    title,
    roleId: path.roles[i]!,
    here: path.roles[i] === roleId,
    years: path.stepYears[i] ?? null,
  }));
  const fittedTotal = Math.round(path.stepYears.reduce((sum, y) => sum + y.typical, 0) * 100) / 100;
  return {
    id: path.id,
    number: Number(path.id.replace(/\D/g, '')),
    totalYears: path.totalYears,
    fittedTotal,
    relevant: path.relevant,
    note: path.note,
    es: path.es,
    steps,
  };
}

/** Paths with the role anywhere on them, health-information paths first, then by number. */
export function pathsThroughRole(model: Pick<CareerModel, 'dataset'>, roleId: string): PathView[] {
  return model.dataset.paths
    .filter((p) => p.roles.includes(roleId))
    .map((p) => pathView(p, roleId))
    .sort((a, b) => Number(b.relevant) - Number(a.relevant) || a.number - b.number);
}
