/**
 * The map's program settings (deferred-programs.ts) with the curved-move program. GraphCanvas
 * loads this module when the map mounts, so it shares a chunk with @sigma/edge-curve and stays
 * off the entry chunk (the first-screen budget, scripts/first-screen.ts).
 */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { mapPrograms } from './deferred-programs';

export const programSettings = () => mapPrograms(EdgeCurvedArrowProgram as never);
