/**
 * V8 set up for a small board, before anything else runs (the CLI imports this first):
 *  - The heap: V8 grows its young generation from 1 MB semi-spaces up to 16 MB under a burst of allocation (a
 *    flood of getInfo requests, a user logging in and Connect starting): ~15 MB of RSS it keeps, on a board with
 *    512 MB for everything. Kept at its first size, the young generation is collected more often instead, each
 *    time in under a millisecond.
 *  - The optimising compiler is held back until a user logs in or an update is installed (core/optimiser.ts).
 *    In the image's bundle this runs before any of the speaker's code; run from `dist/` unbundled, loading its
 *    ~90 modules already gets a few of Node's loader functions optimised.
 * `npm run bench discovery` measures RSS idle, after a getInfo load and with a user logged in.
 */
import { setFlagsFromString } from 'node:v8';
import { holdOptimiser } from '../core/optimiser.js';

setFlagsFromString('--semi-space-growth-factor=1');
holdOptimiser();
