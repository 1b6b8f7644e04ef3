/**
 * The career model: the validated dataset, the graph built from it, and the look-up
 * indexes every view needs. Built once per dataset; views read, never mutate.
 */
import type { Credential, Dataset, Outlook, Role, Salary, Source, Transition } from '../data/schema';
import { roleTitle as localizedTitle } from '../data/localize';
import type { Locale } from '../i18n/locale';
import { buildGraph, graphBuilder } from './build-graph';
import { runInSlices } from '../lib/slices';
import { NO_JOB } from './routes/constraints';
import { localeOr } from '../i18n/numbers';
import type { Layout } from '../data/layout';
import type { CareerGraph } from './types';
import { m } from '../paraglide/messages.js';

export interface CareerModel {
  dataset: Dataset;
  graph: CareerGraph;
  roles: ReadonlyMap<string, Role>;
  credentials: ReadonlyMap<string, Credential>;
  sources: ReadonlyMap<string, Source>;
  transitions: ReadonlyMap<string, Transition>;
  salariesByRole: ReadonlyMap<string, Salary[]>;
  outlookByRole: ReadonlyMap<string, Outlook[]>;
}

function groupByRoles<T extends { roles: string[] }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const role of item.roles) {
      const list = map.get(role);
      if (list) list.push(item);
      else map.set(role, [item]);
    }
  }
  return map;
}

/** `layout` places the dots; without it (or for roles it lacks) they fall back to swim lanes. */
export function createModel(dataset: Dataset, layout: Layout | null = null): CareerModel {
  return modelOf(dataset, buildGraph(dataset, { layout }));
}

/**
 * createModel for a large import, in tasks of about `budgetMs` each: building a 5,000-role /
 * 50,000-move graph in one go held the page up for 1.5–4 s.
 */
export async function createModelInSlices(
  dataset: Dataset,
  layout: Layout | null = null,
  budgetMs = 40,
): Promise<CareerModel> {
  return modelOf(dataset, await runInSlices(graphBuilder(dataset, { layout }, 200), budgetMs));
}

function modelOf(dataset: Dataset, graph: CareerGraph): CareerModel {
  return {
    dataset,
    graph,
    roles: new Map(dataset.roles.map((r) => [r.id, r])),
    credentials: new Map(dataset.credentials.map((c) => [c.id, c])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    transitions: new Map(dataset.transitions.map((t) => [t.id, t])),
    salariesByRole: groupByRoles(dataset.salaries),
    outlookByRole: groupByRoles(dataset.outlook),
  };
}

/**
 * A role's title for display, in `locale` (else the interface's) where the dataset has it, else
 * its English title; "No job yet" for a route's NO_JOB start; the id for a role the model lacks.
 */
export function roleTitle(model: Pick<CareerModel, 'roles'>, roleId: string, locale?: Locale): string {
  if (roleId === NO_JOB) return m.no_job_yet({}, { locale });
  const role = model.roles.get(roleId);
  return role ? localizedTitle(role, localeOr(locale)).text : roleId;
}
