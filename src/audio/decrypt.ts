/**
 * Spotify audio files are AES-128-CTR encrypted as a whole with a fixed initial counter (docs/protocol/05 §6).
 * Random access: the counter for byte offset o is IV + floor(o / 16), skipping o mod 16 keystream bytes.
 */
import { createCipheriv, type Cipher } from 'node:crypto';

export const AUDIO_IV = Buffer.from('72e067fbddcbcf77ebe8bc643f630d93', 'hex');

/** The counter block for byte `offset` of the file. */
export function counterAt(offset: number): Buffer {
  const ctr = BigInt(`0x${AUDIO_IV.toString('hex')}`) + BigInt(Math.floor(offset / 16));
  return Buffer.from((ctr & ((1n << 128n) - 1n)).toString(16).padStart(32, '0'), 'hex');
}

/**
 * A CTR keystream positioned at `offset`. CTR is symmetric, so the same object encrypts (emulator) and
 * decrypts (player); feed it consecutive bytes from `offset` on.
 */
export function audioCipher(key: Buffer, offset = 0): Cipher {
  const c = createCipheriv('aes-128-ctr', key, counterAt(offset));
  const skip = offset % 16;
  if (skip) c.update(Buffer.alloc(skip));
  return c;
}
