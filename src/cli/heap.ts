/**
 * The V8 heap sized for a small board, before anything else is loaded (the CLI imports this first). V8 grows its
 * young generation from 1 MB semi-spaces up to 16 MB under a burst of allocation (a flood of getInfo requests, a
 * user logging in and Connect starting): ~15 MB of RSS it keeps, on a board with 512 MB for everything. Kept at
 * its first size, the young generation is collected more often instead, each time in under a millisecond.
 * `npm run bench discovery` measures RSS idle, after a getInfo load and with a user logged in.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
