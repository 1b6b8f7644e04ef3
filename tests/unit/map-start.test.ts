/**
 * The map's start (issue 13): programs the first picture does not need are built on first use,
 * and the map is shown only once the GPU has finished its first draw, or after a bounded wait.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapPrograms } from '../../src/map/deferred-programs';
import { gpuSettled } from '../../src/map/gpu-settled';

/** Stands in for a sigma program: records how it is built and used. */
function fakeProgramClass(log: string[], name: string) {
  return class {
    constructor() {
      log.push(`${name}: built`);
    }
    reallocate(capacity: number) {
      log.push(`${name}: reallocate ${capacity}`);
    }
    process() {
      log.push(`${name}: process`);
    }
    render() {
      log.push(`${name}: render`);
    }
    kill() {
      log.push(`${name}: kill`);
    }
  };
}

function rendererWith(classes: Record<string, unknown>) {
  return { getSetting: () => classes };
}

type Built = { reallocate(n: number): void; process(...a: unknown[]): void; render(p: unknown): void; kill(): void };
const build = (Program: unknown, renderer: unknown) =>
  new (Program as new (gl: unknown, pick: unknown, r: unknown) => Built)({}, null, renderer);

describe('mapPrograms', () => {
  it('builds the hover layer’s dot program only when a role is hovered, with the program the dots use', () => {
    const log: string[] = [];
    const renderer = rendererWith({ circle: fakeProgramClass(log, 'dots') });
    const hover = build(mapPrograms({} as never).nodeHoverProgramClasses.circle, renderer);
    // Every render sizes the hover layer; with nothing hovered nothing is built or drawn.
    hover.reallocate(0);
    hover.render({});
    expect(log).toEqual([]);
    hover.reallocate(1);
    hover.process(0, 0, {});
    hover.render({});
    expect(log).toEqual(['dots: built', 'dots: reallocate 1', 'dots: process', 'dots: render']);
    hover.reallocate(0);
    hover.kill();
    expect(log.slice(4)).toEqual(['dots: reallocate 0', 'dots: kill']);
  });

  it('never builds the straight-line program when no move asks for it, and keeps the curved program as given', () => {
    const log: string[] = [];
    const curved = fakeProgramClass(log, 'curved');
    const programs = mapPrograms(curved as never);
    expect(programs.edgeProgramClasses.curved).toBe(curved);
    const line = build(programs.edgeProgramClasses.line, rendererWith({ arrow: fakeProgramClass(log, 'arrow') }));
    line.reallocate(0);
    line.render({});
    line.kill();
    expect(log).toEqual([]);
  });
});

describe('gpuSettled', () => {
  afterEach(() => vi.useRealTimers());

  function fakeCanvas(signalAfterPolls: number) {
    let polls = 0;
    const gl = {
      SYNC_GPU_COMMANDS_COMPLETE: 1,
      SYNC_STATUS: 2,
      SIGNALED: 3,
      fenceSync: () => ({}),
      flush: vi.fn(),
      deleteSync: vi.fn(),
      getSyncParameter: () => (++polls > signalAfterPolls ? 3 : 0),
    };
    return { gl, canvas: { getContext: (kind: string) => (kind === 'webgl2' ? gl : null) } };
  }
  const containerOf = (...canvases: unknown[]) => ({ querySelectorAll: () => canvases }) as unknown as HTMLElement;

  it('waits until every WebGL layer’s fence has passed, then releases the fences', async () => {
    vi.useFakeTimers();
    const fast = fakeCanvas(0);
    const slow = fakeCanvas(3);
    const labels = { getContext: () => null }; // a 2D layer: no fence
    let settled = false;
    void gpuSettled(containerOf(fast.canvas, labels, slow.canvas)).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(16 * 2);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(16 * 2);
    expect(settled).toBe(true);
    expect(fast.gl.flush).toHaveBeenCalled();
    expect(fast.gl.deleteSync).toHaveBeenCalledOnce();
    expect(slow.gl.deleteSync).toHaveBeenCalledOnce();
  });

  it('shows the map anyway after a bounded wait when a fence never passes', async () => {
    vi.useFakeTimers();
    let settled = false;
    void gpuSettled(containerOf(fakeCanvas(Infinity).canvas)).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(2900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(true);
  });

  it('resolves at once without WebGL 2 layers', async () => {
    await expect(gpuSettled(containerOf({ getContext: () => null }))).resolves.toBeUndefined();
  });
});
