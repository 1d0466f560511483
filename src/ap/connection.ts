/**
 * One TCP connection to an access point: connect, handshake (bounded by one timeout, 5 s like librespot),
 * then Shannon-framed packets. A MAC failure, a framing error or a socket error ends the connection with a
 * typed error; nothing corrupt is passed upward.
 */
import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';
import { randomBytes, type KeyObject } from 'node:crypto';
import type { Logger } from '../core/log.js';
import { DhKeyPair } from '../core/dh.js';
import {
  ApConnectionError,
  ApHandshakeError,
  ShannonCodec,
  SocketReader,
  clientHelloPacket,
  clientResponsePacket,
  deriveKeys,
  parseApResponse,
  parsePlaintextLoginFailure,
  type ApPacket,
  type BuildInfo,
} from '../protocol/index.js';
import { verifyGsSignature } from './ap-key.js';
import { ApLoginError } from './errors.js';
import { errorMessage } from '../core/errors.js';

export interface ConnectOptions {
  host: string;
  port: number;
  serverKey: KeyObject;
  build: BuildInfo;
  /** Bound on TCP connect + handshake. */
  timeoutMs: number;
  log: Logger;
}

export interface ApConnectionEvents {
  packet: [packet: ApPacket];
  /** The connection ended; `err` is undefined when closed by `close()` without a reason. */
  close: [err: Error | undefined];
}

/** Largest plaintext handshake packet accepted (APResponseMessage is ~400 bytes). */
const MAX_HANDSHAKE_PACKET = 16 * 1024;

export class ApConnection extends EventEmitter<ApConnectionEvents> {
  readonly address: string;
  #socket: Socket;
  #codec: ShannonCodec;
  #log: Logger;
  #closed = false;
  /** Bytes held back until we know whether the AP answered with a plaintext login failure. */
  #head: Buffer | undefined = Buffer.alloc(0);

  constructor(socket: Socket, codec: ShannonCodec, address: string, rest: Buffer, log: Logger) {
    super();
    this.#socket = socket;
    this.#codec = codec;
    this.address = address;
    this.#log = log;
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    socket.on('error', (err) =>
      this.close(
        new ApConnectionError('ERR_AP_DISCONNECTED', `connection to ${address} failed: ${err.message}`, { cause: err }),
      ),
    );
    socket.on('close', () =>
      this.close(new ApConnectionError('ERR_AP_DISCONNECTED', `the access point ${address} closed the connection`)),
    );
    if (rest.length) queueMicrotask(() => this.#onData(rest));
  }

  get closed(): boolean {
    return this.#closed;
  }

  send(cmd: number, payload: Uint8Array): void {
    if (this.#closed) throw new ApConnectionError('ERR_AP_DISCONNECTED', 'not connected to an access point');
    this.#socket.write(this.#codec.encode(cmd, payload));
  }

  close(err?: Error): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#socket.destroy();
    this.emit('close', err);
  }

  #onData(chunk: Buffer): void {
    if (this.#closed) return;
    if (this.#head) {
      // go-librespot's check: the first 9 bytes may be a plaintext APResponseMessage{login_failed}.
      this.#head = Buffer.concat([this.#head, chunk]);
      if (this.#head.length < 9) return;
      const failed = parsePlaintextLoginFailure(this.#head);
      if (failed) {
        this.close(new ApLoginError(failed.errorCode, failed.description));
        return;
      }
      chunk = this.#head;
      this.#head = undefined;
    }
    let packets: ApPacket[];
    try {
      packets = this.#codec.decode(chunk);
    } catch (err) {
      this.#log.warn('access point connection corrupt', { address: this.address, err });
      this.close(err as Error);
      return;
    }
    for (const p of packets) {
      if (this.#closed) return;
      this.emit('packet', p);
    }
  }
}

/** Connects and handshakes; the returned connection is ready for the Login packet. */
export async function connectAp(opts: ConnectOptions): Promise<ApConnection> {
  const address = `${opts.host}:${opts.port}`;
  const socket = connect({ host: opts.host, port: opts.port });
  socket.setNoDelay(true);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ApConnectionError('ERR_AP_TIMEOUT', `access point ${address}: no handshake within ${opts.timeoutMs} ms`),
        ),
      opts.timeoutMs,
    );
  });
  const reader = new SocketReader(socket);
  try {
    const keys = await Promise.race([handshake(socket, reader, opts, address), timeout]);
    const rest = reader.detach();
    socket.setKeepAlive(true, 30_000);
    return new ApConnection(socket, new ShannonCodec(keys.sendKey, keys.recvKey), address, rest, opts.log);
  } catch (err) {
    reader.detach();
    socket.destroy();
    if (err instanceof ApConnectionError && err.code === 'ERR_AP_DISCONNECTED' && !socket.remoteAddress) {
      throw new ApConnectionError('ERR_AP_CONNECT', `cannot connect to access point ${address}: ${err.message}`, {
        cause: err,
      });
    }
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

async function handshake(
  socket: Socket,
  reader: SocketReader,
  opts: ConnectOptions,
  address: string,
): Promise<{ sendKey: Buffer; recvKey: Buffer }> {
  const dh = new DhKeyPair();
  const hello = clientHelloPacket(dh.publicKey, randomBytes(16), opts.build);
  socket.write(hello);
  const response = await reader.readPacket(MAX_HANDSHAKE_PACKET);
  const challenge = parseApResponse(response);
  if ('loginFailed' in challenge)
    throw new ApLoginError(challenge.loginFailed.errorCode, challenge.loginFailed.description);
  if (!verifyGsSignature(opts.serverKey, challenge.gs, challenge.gsSignature)) {
    throw new ApHandshakeError(
      `access point ${address}: the server's key signature does not verify against the configured AP public key (spotify.ap_key); refusing the connection`,
    );
  }
  let shared: Buffer;
  try {
    shared = dh.sharedSecret(challenge.gs);
  } catch (err) {
    throw new ApHandshakeError(`access point ${address}: ${errorMessage(err)}`, { cause: err });
  }
  const keys = deriveKeys(shared, Buffer.concat([hello, response]));
  socket.write(clientResponsePacket(keys.challenge));
  return keys;
}
