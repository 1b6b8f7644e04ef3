/**
 * Lays out an imported dataset off the main thread (crossing minimisation on thousands of
 * roles takes a while). Protocol: in { roles, transitions, axes } → out { layout }.
 */
import { layeredLayout, type Axes, type LayoutInput } from './index';
import type { Layout } from '../../data/layout';

export type LayoutRequest = LayoutInput & { axes: Axes };
export type LayoutResponse = { layout: Layout };

const scope = self as unknown as {
  postMessage: (message: LayoutResponse) => void;
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const { roles, transitions, axes } = event.data;
  scope.postMessage({ layout: layeredLayout(roles, transitions, axes) });
};
