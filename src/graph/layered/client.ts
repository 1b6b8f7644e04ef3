/**
 * What the page calls to lay out an imported dataset: in a Web Worker when it can start
 * one, else in-thread (the layout code is loaded on demand either way, never with the first
 * screen). Only the fields the layout reads are sent. Resolves; never rejects.
 */
import type { Layout } from '../../data/layout';
import type { Axes, LayoutInput } from './index';
import type { LayoutRequest, LayoutResponse } from './worker';
import { callOnce } from '../../lib/worker-link';

export async function layoutDataset(
  input: LayoutInput,
  axes: Axes,
  useWorker = typeof Worker !== 'undefined',
): Promise<Layout> {
  const request: LayoutRequest = {
    roles: input.roles.map(({ id, track, level }) => ({ id, track, level })),
    transitions: input.transitions.map(({ id, from, to }) => ({ id, from, to })),
    axes: { levels: [...axes.levels], tracks: [...axes.tracks] },
  };
  const fromWorker = useWorker
    ? await callOnce<LayoutRequest, LayoutResponse>(
        () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
        request,
      )
    : null;
  if (fromWorker) return fromWorker.layout;
  const { layeredLayout } = await import('./index');
  return layeredLayout(request.roles, request.transitions, request.axes);
}
