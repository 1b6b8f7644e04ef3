/**
 * Waits, without blocking the page, until the GPU has finished drawing the map's WebGL canvases.
 *
 * A first draw is expensive for the GPU (compiling the shaders for their first use; in a
 * software renderer such as SwiftShader, hundreds of milliseconds). Sigma's calls only queue
 * that work, but a visible WebGL canvas is read back at the next frame, and in a browser without
 * GPU compositing that read-back makes the page's main thread wait for all of it. Keeping the
 * canvases hidden until a fence after the last draw has passed lets the page go on meanwhile;
 * showing them then costs one copy.
 */

/** Longest wait before showing the map anyway (a driver that never signals the fence). */
const MAX_WAIT_MS = 3000;
const POLL_MS = 16;

export function gpuSettled(container: HTMLElement): Promise<void> {
  const fences: { gl: WebGL2RenderingContext; sync: WebGLSync }[] = [];
  for (const canvas of container.querySelectorAll('canvas')) {
    // getContext returns the context sigma made for this canvas (null for its 2D layers).
    const gl = canvas.getContext('webgl2');
    const sync = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!gl || !sync) continue;
    gl.flush();
    fences.push({ gl, sync });
  }
  const started = performance.now();
  return new Promise((resolve) => {
    const poll = () => {
      const pending = fences.filter(({ gl, sync }) => gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED);
      if (pending.length && performance.now() - started < MAX_WAIT_MS) return void setTimeout(poll, POLL_MS);
      for (const { gl, sync } of fences) gl.deleteSync(sync);
      resolve();
    };
    poll();
  });
}
