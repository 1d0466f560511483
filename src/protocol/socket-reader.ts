/**
 * Exact-length reads from a socket for the plaintext handshake phase. After the handshake the owner takes
 * the unread bytes (`detach`) and switches to Shannon framing.
 */
import type { Socket } from 'node:net';
import { ApConnectionError } from './errors.js';

export class SocketReader {
  #socket: Socket;
  #buf: Buffer = Buffer.alloc(0);
  #want: { n: number; resolve: (b: Buffer) => void; reject: (e: Error) => void } | undefined;
  #ended: Error | undefined;
  #onData = (chunk: Buffer): void => {
    this.#buf = this.#buf.length ? Buffer.concat([this.#buf, chunk]) : chunk;
    this.#serve();
  };
  #onEnd = (): void =>
    this.#fail(new ApConnectionError('ERR_AP_DISCONNECTED', 'the connection closed during the handshake'));
  #onError = (err: Error): void =>
    this.#fail(
      new ApConnectionError('ERR_AP_DISCONNECTED', `connection error during the handshake: ${err.message}`, {
        cause: err,
      }),
    );

  constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', this.#onData);
    socket.on('end', this.#onEnd);
    socket.on('close', this.#onEnd);
    socket.on('error', this.#onError);
  }

  read(n: number): Promise<Buffer> {
    if (this.#want) return Promise.reject(new Error('SocketReader: concurrent reads'));
    return new Promise((resolve, reject) => {
      this.#want = { n, resolve, reject };
      this.#serve();
    });
  }

  /** Reads one BE32-length-prefixed plaintext packet (the length counts itself); returns the whole packet. */
  async readPacket(maxLength: number): Promise<Buffer> {
    const head = await this.read(4);
    const len = head.readUInt32BE(0);
    if (len < 4 || len > maxLength)
      throw new ApConnectionError('ERR_AP_PROTOCOL', `handshake packet length ${len} out of range 4..${maxLength}`);
    return Buffer.concat([head, await this.read(len - 4)]);
  }

  /** Stops listening and returns the bytes received but not yet read. */
  detach(): Buffer {
    this.#socket.off('data', this.#onData);
    this.#socket.off('end', this.#onEnd);
    this.#socket.off('close', this.#onEnd);
    this.#socket.off('error', this.#onError);
    const rest = this.#buf;
    this.#buf = Buffer.alloc(0);
    return rest;
  }

  #fail(err: Error): void {
    this.#ended ??= err;
    this.#serve();
  }

  #serve(): void {
    const w = this.#want;
    if (!w) return;
    if (this.#buf.length >= w.n) {
      this.#want = undefined;
      const out = this.#buf.subarray(0, w.n);
      this.#buf = this.#buf.subarray(w.n);
      w.resolve(out);
    } else if (this.#ended) {
      this.#want = undefined;
      w.reject(this.#ended);
    }
  }
}
