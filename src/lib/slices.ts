/**
 * Long builds (an imported dataset's graph, its search index) are written as generators that
 * pause now and then; these run one to its end at once, or over tasks of about `budgetMs` so
 * the page stays responsive (issue 18: no main-thread task over 200 ms at 5,000 roles).
 */

/**
 * Tasks of the work done while the page loads, ms: Lighthouse's slow phone (four times slower)
 * keeps each under its 50 ms long-task line.
 */
export const LOAD_SLICE_MS = 8;

/** Resolves in a later task, after the browser has had a chance to paint and take input. */
export const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0));

export function runAll<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(steps: Iterator<unknown, T>, budgetMs = 40): Promise<T> {
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start < budgetMs) continue;
    await nextTask();
    start = performance.now();
  }
}

/**
 * A text written piece by piece (a generator's yields) as one Blob, over tasks of about
 * `budgetMs`: each piece is encoded as it comes, so no task joins or encodes the whole text.
 */
export async function blobInSlices(pieces: Iterable<string>, type: string, budgetMs = 40): Promise<Blob> {
  const parts: Blob[] = [];
  let start = performance.now();
  for (const piece of pieces) {
    parts.push(new Blob([piece]));
    if (performance.now() - start < budgetMs) continue;
    await nextTask();
    start = performance.now();
  }
  return new Blob(parts, { type });
}
