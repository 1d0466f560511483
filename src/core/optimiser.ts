/**
 * V8's optimising compiler, held back while the speaker waits for its user. The first function it optimises
 * pages ~4 MB of its code in from Node's binary, and that RSS stays for good; any repeated work gets there
 * within a minute (a waiting speaker's link poll does, and so does one mDNS packet a second on a LAN). A speaker
 * with nobody logged in runs nothing that needs optimised code, so the CLI holds the compiler back from its
 * start, and the speaker releases it once a user logs in, before the audio path warms up (decoding runs at
 * ~0.2× oggdec's speed without it), or when an update is installed. V8 reads the flag each time it weighs a
 * function for optimisation, on Node 18 and 20 alike (`--opt` is an alias of `--turbofan` on 20).
 */
import { setFlagsFromString } from 'node:v8';

let held = false;

/** Nothing is optimised from now on, until `releaseOptimiser()`. */
export function holdOptimiser(): void {
  setFlagsFromString('--no-opt');
  held = true;
}

/** Functions are optimised again (they tier up as they run); nothing when the optimiser was not held. */
export function releaseOptimiser(): void {
  if (!held) return;
  held = false;
  setFlagsFromString('--opt');
}
