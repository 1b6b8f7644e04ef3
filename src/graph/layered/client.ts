/**
 * What the page calls to lay out an imported dataset: in a Web Worker when it can start
 * one, else in-thread (the layout code is loaded on demand either way, never with the first
 * screen). Only the fields the layout reads are sent. Resolves; never rejects.
 */
import type { Layout } from '../layout';
import type { Axes, LayoutInput } from './index';
import type { LayoutRequest, LayoutResponse } from './worker';

function viaWorker(request: LayoutRequest): Promise<Layout | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const finish = (layout: Layout | null) => {
      worker.terminate();
      resolve(layout);
    };
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => finish(event.data.layout);
    worker.onerror = (event) => {
      event.preventDefault();
      finish(null);
    };
    worker.onmessageerror = () => finish(null);
    worker.postMessage(request);
  });
}

export async function layoutDataset(input: LayoutInput, axes: Axes, useWorker = typeof Worker !== 'undefined'): Promise<Layout> {
  const request: LayoutRequest = {
    roles: input.roles.map(({ id, track, level }) => ({ id, track, level })),
    transitions: input.transitions.map(({ id, from, to }) => ({ id, from, to })),
    axes: { levels: [...axes.levels], tracks: [...axes.tracks] },
  };
  const fromWorker = useWorker ? await viaWorker(request) : null;
  if (fromWorker) return fromWorker;
  const { layeredLayout } = await import('./index');
  return layeredLayout(request.roles, request.transitions, request.axes);
}
