/**
 * The route planner's searches off the main thread: at 5,000 roles and 50,000 moves one search
 * takes 100–350 ms. The worker keeps the last dataset it was sent and builds its own model.
 *   in:  { query, dataset? }  (the dataset only when it changed since the last message)
 *   out: { answer } or { error }
 */
import type { Dataset } from '../data/schema';
import { createModel, type CareerModel } from './model';
import { answerQuery, type PlannerAnswer, type PlannerQuery } from './planner-query';

export type PlannerRequest = { query: PlannerQuery; dataset?: Dataset };
export type PlannerReply = { answer: PlannerAnswer } | { error: string };

const scope = self as unknown as { postMessage: (message: PlannerReply) => void; onmessage: ((event: MessageEvent<PlannerRequest>) => void) | null };

let model: CareerModel | null = null;

scope.onmessage = (event) => {
  const { query, dataset } = event.data;
  try {
    if (dataset) model = createModel(dataset);
    if (!model) throw new Error('no dataset sent');
    scope.postMessage({ answer: answerQuery(model, query) });
  } catch (error) {
    scope.postMessage({ error: String(error).slice(0, 500) });
  }
};
