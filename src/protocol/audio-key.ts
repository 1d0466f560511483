/**
 * Audio-key payloads (docs/protocol/04 §3), for both ends: RequestKey (0x0c) and its answers AesKey (0x0d) and
 * AesKeyError (0x0e), matched by a u32 sequence number.
 */

/** AesKeyError code meaning "no key for this track" (the 2025–26 licence refusals). */
export const AUDIO_KEY_REFUSED = 1;

export function audioKeyRequestPayload(fileId: Buffer, gid: Buffer, seq: number): Buffer {
  if (fileId.length !== 20 || gid.length !== 16)
    throw new RangeError('audio key request: file id must be 20 bytes and gid 16 bytes');
  const out = Buffer.alloc(42);
  fileId.copy(out, 0);
  gid.copy(out, 20);
  out.writeUInt32BE(seq >>> 0, 36);
  return out;
}

/** Emulator side. */
export function parseAudioKeyRequest(payload: Buffer): { fileId: Buffer; gid: Buffer; seq: number } | undefined {
  if (payload.length < 40) return undefined;
  return {
    fileId: Buffer.from(payload.subarray(0, 20)),
    gid: Buffer.from(payload.subarray(20, 36)),
    seq: payload.readUInt32BE(36),
  };
}

export function aesKeyPayload(seq: number, key: Buffer): Buffer {
  const out = Buffer.alloc(4 + key.length);
  out.writeUInt32BE(seq >>> 0, 0);
  key.copy(out, 4);
  return out;
}

export function aesKeyErrorPayload(seq: number, code: number): Buffer {
  const out = Buffer.alloc(6);
  out.writeUInt32BE(seq >>> 0, 0);
  out.writeUInt16BE(code, 4);
  return out;
}
