/**
 * The WebGL programs the map gives sigma. Sigma compiles every program in its settings when it
 * starts, its defaults included (a straight `line` edge program the map never uses, and a copy
 * of the dot program for the hover layer), all in one task. Each compile makes the page wait for
 * the GPU — 5–15 ms in a software renderer — so sigma is handed deferred programs: the ones the
 * map draws are compiled one per task before the first draw (`builds`), the others on first use.
 */
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

interface ProgramLike {
  reallocate(capacity: number): void;
  process(...args: never[]): void;
  render(params: RenderParams): void;
  kill(): void;
  drawLabel?: unknown;
  drawHover?: unknown;
}
interface Renderer {
  getSetting(key: 'nodeProgramClasses' | 'edgeProgramClasses'): Record<string, unknown>;
}
type ProgramClass = new (gl: WebGLRenderingContext, pickingBuffer: WebGLFramebuffer | null, renderer: Renderer) => ProgramLike;

/** A deferred program: built on first use, or ahead of that by one of `builds`. */
interface Deferred extends ProgramLike {
  build(): void;
}

/**
 * A program class that builds the real one, chosen from the renderer's settings, on first use
 * (sigma calls only these four methods on a program, and reads its label drawers). Instances
 * are listed in `made` when given, so they can be built ahead of the first draw.
 */
function deferred(realClass: (renderer: Renderer) => unknown, made?: Deferred[]) {
  return class implements Deferred {
    private real: ProgramLike | null = null;
    constructor(
      private readonly gl: WebGLRenderingContext,
      private readonly pickingBuffer: WebGLFramebuffer | null,
      private readonly renderer: Renderer,
    ) {
      made?.push(this);
    }
    private get program() {
      const Real = realClass(this.renderer) as ProgramClass;
      return (this.real ??= new Real(this.gl, this.pickingBuffer, this.renderer));
    }
    get drawLabel() {
      return this.program.drawLabel;
    }
    get drawHover() {
      return this.program.drawHover;
    }
    build() {
      void this.program;
    }
    reallocate(capacity: number) {
      // Sigma sizes every program on each render; an empty one need not exist yet.
      if (capacity > 0 || this.real) this.program.reallocate(capacity);
    }
    process(...args: never[]) {
      this.program.process(...args);
    }
    render(params: RenderParams) {
      this.real?.render(params);
    }
    kill() {
      this.real?.kill();
      this.real = null;
    }
  };
}

/** Sigma's default program classes the map draws with (from sigma/settings). */
export interface DefaultPrograms {
  DEFAULT_NODE_PROGRAM_CLASSES: Record<string, unknown>;
  DEFAULT_EDGE_PROGRAM_CLASSES: Record<string, unknown>;
}

/**
 * Program settings for the map. Sigma is handed only deferred programs, so starting it compiles
 * none; `build` then compiles the dots', arrows' and curved moves' programs one per task before
 * the first draw. The hover layer's dots wait for the first hover (with the program the map's
 * dots use, as sigma would); the default `line` type, which no move has (MoveEdgeAttributes:
 * arrow or curved), would be drawn as an arrow if ever asked for.
 */
export function mapPrograms(defaults: DefaultPrograms, curved: EdgeProgramType) {
  const made: Deferred[] = [];
  const settings = {
    nodeProgramClasses: { circle: deferred(() => defaults.DEFAULT_NODE_PROGRAM_CLASSES.circle, made) as unknown as NodeProgramType },
    nodeHoverProgramClasses: { circle: deferred((r) => r.getSetting('nodeProgramClasses').circle) as unknown as NodeProgramType },
    edgeProgramClasses: {
      arrow: deferred(() => defaults.DEFAULT_EDGE_PROGRAM_CLASSES.arrow, made) as unknown as EdgeProgramType,
      curved: deferred(() => curved, made) as unknown as EdgeProgramType,
      line: deferred((r) => r.getSetting('edgeProgramClasses').arrow) as unknown as EdgeProgramType,
    },
  };
  /** One step per program sigma made from these settings, each compiling it (to run a task apart). */
  const builds = () => made.splice(0).map((program) => () => program.build());
  return { settings, builds };
}
