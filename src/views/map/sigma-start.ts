/**
 * What the map needs to start sigma, loaded in one go when the map mounts (never on a DOM
 * emulator or a browser without WebGL): sigma, its default and curved-edge programs, and the
 * deferred-program settings over them.
 */
import Sigma from 'sigma';
import * as defaults from 'sigma/settings';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { mapPrograms } from './deferred-programs';

export { Sigma };

/** Lets the page run other tasks (input, paint) before the next step. */
export const nextTask = () => new Promise<void>((next) => setTimeout(next));

/** The map's programs (deferred-programs.ts) over sigma's defaults and the curved moves. */
export const startPrograms = () => mapPrograms(defaults, EdgeCurvedArrowProgram as never);
