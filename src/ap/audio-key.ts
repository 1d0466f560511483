/**
 * Audio keys over the AP (docs/protocol/04 §3): RequestKey (0x0c) → AesKey (0x0d) or AesKeyError (0x0e),
 * matched by a u32 sequence number. A refusal (code 1) is a typed error so the player skips the track.
 */
import type { Logger } from '../core/log.js';
import { audioKeyRequestPayload, CMD } from '../protocol/index.js';
import { AudioKeyError } from './errors.js';
import type { PacketSender } from './mercury.js';

interface Pending {
  resolve: (key: Buffer) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class AudioKeyClient {
  #send: PacketSender;
  #log: Logger;
  #timeoutMs: number;
  #seq = 0;
  #pending = new Map<number, Pending>();

  constructor(send: PacketSender, log: Logger, timeoutMs = 5_000) {
    this.#send = send;
    this.#log = log;
    this.#timeoutMs = timeoutMs;
  }

  /**
   * The AES-128 key for `fileId` (20 bytes) of the track/episode `gid` (16 bytes; the played one after
   * relinking). Rejects with AudioKeyError `ERR_AUDIO_KEY_REFUSED` (protocolCode = the AP's code) or
   * `ERR_AUDIO_KEY_TIMEOUT`, or with the connection's error when there is no AP connection.
   */
  request(gid: Buffer, fileId: Buffer): Promise<Buffer> {
    const seq = this.#seq;
    this.#seq = (this.#seq + 1) >>> 0;
    return new Promise((resolve, reject) => {
      try {
        this.#send(CMD.RequestKey, audioKeyRequestPayload(fileId, gid, seq));
      } catch (err) {
        reject(err);
        return;
      }
      const timer = setTimeout(() => {
        this.#pending.delete(seq);
        reject(
          new AudioKeyError(
            'ERR_AUDIO_KEY_TIMEOUT',
            `audio key for file ${fileId.toString('hex')}: no answer within ${this.#timeoutMs} ms`,
          ),
        );
      }, this.#timeoutMs);
      this.#pending.set(seq, { resolve, reject, timer });
    });
  }

  /** Handles an AesKey / AesKeyError packet. */
  handle(cmd: number, payload: Buffer): void {
    if (payload.length < 4) {
      this.#log.warn('audio key answer too short', { cmd, length: payload.length });
      return;
    }
    const seq = payload.readUInt32BE(0);
    const p = this.#pending.get(seq);
    if (!p) {
      this.#log.debug('audio key answer for an unknown request', { seq });
      return;
    }
    if (cmd === CMD.AesKey && payload.length < 20) {
      this.#log.warn('audio key answer truncated', { seq, length: payload.length });
      return;
    }
    this.#pending.delete(seq);
    clearTimeout(p.timer);
    if (cmd === CMD.AesKey) p.resolve(Buffer.from(payload.subarray(4, 20)));
    else {
      const code = payload.length >= 6 ? payload.readUInt16BE(4) : -1;
      p.reject(
        new AudioKeyError(
          'ERR_AUDIO_KEY_REFUSED',
          `Spotify refused the audio key (AesKeyError code ${code}); the track cannot be played`,
          code,
        ),
      );
    }
  }

  failAll(err: Error): void {
    for (const p of this.#pending.values()) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.#pending.clear();
  }
}
