/**
 * The WebGL programs the map gives sigma. Sigma compiles every program in its settings when it
 * starts, its defaults included (a straight `line` edge program the map never uses, and a copy
 * of the dot program for the hover layer). Each compile makes the page wait for the GPU — tens
 * of milliseconds in a software renderer — so programs not needed for the first picture are
 * handed over deferred: built the first time sigma gives them something to draw.
 */
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

interface ProgramLike {
  reallocate(capacity: number): void;
  process(...args: never[]): void;
  render(params: RenderParams): void;
  kill(): void;
}
interface Renderer {
  getSetting(key: 'nodeProgramClasses' | 'edgeProgramClasses'): Record<string, unknown>;
}
type ProgramClass = new (
  gl: WebGLRenderingContext,
  pickingBuffer: WebGLFramebuffer | null,
  renderer: Renderer,
) => ProgramLike;

/**
 * A program class that builds the real one, chosen from the renderer's settings, on first use
 * (sigma calls only these four methods on a program).
 */
function deferred(realClass: (renderer: Renderer) => unknown) {
  return class Deferred {
    private real: ProgramLike | null = null;
    constructor(
      private readonly gl: WebGLRenderingContext,
      private readonly pickingBuffer: WebGLFramebuffer | null,
      private readonly renderer: Renderer,
    ) {}
    private get program(): ProgramLike {
      const Real = realClass(this.renderer) as ProgramClass;
      return (this.real ??= new Real(this.gl, this.pickingBuffer, this.renderer));
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

/**
 * Program settings for the map: dots, arrows and curved moves built at once; the hover layer's
 * dots when a role is first hovered (with the program the map's dots use, as sigma would); the
 * default `line` type, which no move has (MoveEdgeAttributes: arrow or curved), as an arrow if
 * ever asked for.
 */
export function mapPrograms(curved: EdgeProgramType) {
  return {
    nodeHoverProgramClasses: {
      circle: deferred((r) => r.getSetting('nodeProgramClasses').circle) as unknown as NodeProgramType,
    },
    edgeProgramClasses: {
      curved,
      line: deferred((r) => r.getSetting('edgeProgramClasses').arrow) as unknown as EdgeProgramType,
    },
  };
}
