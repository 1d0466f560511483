/**
 * Spotify's hashcash (docs/protocol/03 §7): find a 16-byte suffix so that SHA1(prefix ‖ suffix) ends in at least
 * `length` zero bits. suffix = BE64(seed + counter) ‖ BE64(counter), seed = SHA1(context)[12..20].
 * login5 uses its login_context; client-token an empty context and hex text.
 */
import { createHash } from 'node:crypto';
import { SpotletError } from '../core/errors.js';

const MASK64 = (1n << 64n) - 1n;

export function trailingZeroBits(digest: Buffer): number {
  let n = 0;
  for (let i = digest.length - 1; i >= 0; i--) {
    const b = digest[i]!;
    if (b === 0) {
      n += 8;
      continue;
    }
    let x = b;
    while ((x & 1) === 0) {
      n++;
      x >>= 1;
    }
    break;
  }
  return n;
}

/** Solves a challenge; gives up (ERR_HASHCASH) after `maxIterations` (length ≤ ~24 is what servers ask). */
export function solveHashcash(
  context: Buffer,
  prefix: Buffer,
  length: number,
  maxIterations = 1 << 26,
): { suffix: Buffer; iterations: number } {
  if (length < 0 || length > 160) throw new SpotletError('ERR_HASHCASH', `hashcash length ${length} is out of range`);
  const seed = createHash('sha1').update(context).digest().readBigUInt64BE(12);
  const suffix = Buffer.alloc(16);
  for (let counter = 0n; counter < BigInt(maxIterations); counter++) {
    suffix.writeBigUInt64BE((seed + counter) & MASK64, 0);
    suffix.writeBigUInt64BE(counter, 8);
    if (trailingZeroBits(createHash('sha1').update(prefix).update(suffix).digest()) >= length) {
      return { suffix: Buffer.from(suffix), iterations: Number(counter) + 1 };
    }
  }
  throw new SpotletError('ERR_HASHCASH', `no hashcash solution of length ${length} within ${maxIterations} tries`);
}
