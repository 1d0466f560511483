/**
 * The emulated access point: speaks the AP protocol from the server side (docs/protocol/02–04) — handshake signed
 * with its own RSA key, Shannon framing, Login → APWelcome/APLoginFailed, CountryCode, ProductInfo, the
 * pusher Mercury event, pings on the real schedule, Mercury replies and audio keys from the catalog — plus
 * fault injection for tests (drop, stall, corrupt MACs, refuse logins, delay replies, garbage frames).
 */
import { DhKeyPair } from '../../../src/core/dh.js';
import { createServer, type Server, type Socket } from 'node:net';
import { randomBytes, sign, timingSafeEqual, type KeyObject } from 'node:crypto';
import {
  AUDIO_KEY_REFUSED,
  AUTH_TYPE,
  CMD,
  MercuryAssembler,
  ShannonCodec,
  SocketReader,
  aesKeyErrorPayload,
  aesKeyPayload,
  apLoginFailedPayload,
  apResponsePacket,
  apWelcomePayload,
  deriveKeys,
  encodeMercuryHeader,
  LOGIN_ERROR,
  loadApMessages,
  loginFailedPlaintextPacket,
  parseAudioKeyRequest,
  parseClientHello,
  parseClientResponse,
  parseLoginPayload,
  productInfoXml,
  splitMercuryMessage,
  type MercuryHeader,
} from '../../../src/protocol/index.js';
import type { Logger } from '../../../src/core/log.js';
import type { Account, Accounts } from '../accounts.js';
import type { Catalog } from '../catalog.js';

export interface ApEmulatorOptions {
  host: string;
  port: number;
  /** Signs the server's DH key. */
  privateKey: KeyObject;
  accounts: Accounts;
  catalog: Catalog;
  log: Logger;
  /** First Ping after login (the real AP pings soon after login; librespot waits 20 s for it). */
  firstPingMs: number;
  /** Next Ping this long after each PongAck (the real AP: ~60 s). */
  pingIntervalMs: number;
  /** Spotify refuses username/password logins since 2024; the emulator accepts them unless this is set. */
  refusePasswordLogins: boolean;
  /** Largest Mercury packet payload sent (smaller values force multi-packet responses). */
  mercuryMaxPacket: number;
  /** Base URL for ProductInfo's image-url/head-files-url (e.g. the emulated CDN), optional. */
  imageBaseUrl: () => string | undefined;
}

/** The server's signature over its Diffie-Hellman key gs: RSA PKCS#1 v1.5 with SHA-1 (docs/protocol/02 §6). */
export function signGs(privateKey: KeyObject, gs: Buffer): Buffer {
  return sign('sha1', gs, privateKey);
}

export const AP_EMULATOR_DEFAULTS = {
  firstPingMs: 3_000,
  pingIntervalMs: 60_000,
  refusePasswordLogins: false,
  mercuryMaxPacket: 0xffff,
};

/** Mercury URIs the emulator answers (prefixes), listed by the CLI. */
export const MERCURY_URIS = ['hm://keymaster/token/authenticated', 'hm://emulator/echo', 'hm://emulator/blob?size='];

export type MercuryHandler = (req: { header: MercuryHeader; body: Buffer[]; account: Account }) => {
  status: number;
  contentType?: string;
  body?: Buffer[];
};

const MAX_HANDSHAKE_PACKET = 16 * 1024;
const HANDSHAKE_TIMEOUT_MS = 10_000;

class ClientLink {
  account: Account | undefined;
  subscriptions = new Set<string>();
  pingTimer: NodeJS.Timeout | undefined;
  awaitingPong = false;
  #chain: Promise<void> = Promise.resolve();
  readonly assembler = new MercuryAssembler();

  constructor(
    readonly socket: Socket,
    readonly codec: ShannonCodec,
    readonly ap: ApEmulator,
  ) {}

  send(cmd: number, payload: Buffer): void {
    if (this.socket.destroyed) return;
    const wire = this.codec.encode(cmd, payload);
    if (this.ap.takeCorruption()) wire[wire.length - 1]! ^= 0x01;
    const delay = this.ap.replyDelayMs;
    if (delay <= 0) {
      this.#chain = this.#chain.then(() => void (this.socket.destroyed || this.socket.write(wire)));
      return;
    }
    this.#chain = this.#chain.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            if (!this.socket.destroyed) this.socket.write(wire);
            resolve();
          }, delay),
        ),
    );
  }

  /** Closes after every queued packet is written (a refusal must reach the client before the FIN). */
  end(): void {
    this.#chain = this.#chain.then(() => void this.socket.end());
  }

  close(): void {
    clearTimeout(this.pingTimer);
    this.socket.destroy();
  }
}

export class ApEmulator {
  #opts: ApEmulatorOptions;
  #server: Server;
  #links = new Set<ClientLink>();
  #sockets = new Set<Socket>();
  #corrupt = 0;
  #refuseCode: number | undefined;
  #stalled = false;
  #handlers = new Map<string, MercuryHandler>();
  /** Successful logins so far (tests wait for re-logins). */
  logins = 0;
  /** Pongs answered with a PongAck so far. */
  pongs = 0;
  replyDelayMs = 0;

  private constructor(opts: ApEmulatorOptions) {
    this.#opts = opts;
    this.#server = createServer((socket) => this.#accept(socket));
    this.#handlers.set('hm://keymaster/token/authenticated', ({ header, account }) => {
      const scope = new URL(header.uri.replace(/^hm:/, 'http:')).searchParams.get('scope') ?? '';
      const body = {
        accessToken: account.accessToken,
        expiresIn: 3600,
        tokenType: 'Bearer',
        scope: scope ? scope.split(',') : [],
      };
      return { status: 200, contentType: 'application/json', body: [Buffer.from(JSON.stringify(body))] };
    });
    this.#handlers.set('hm://emulator/echo', ({ body }) => ({
      status: 200,
      contentType: 'application/octet-stream',
      body,
    }));
    this.#handlers.set('hm://emulator/blob?size=', ({ header }) => {
      const size = Math.min(Number(header.uri.split('=')[1]) || 0, 4 * 1024 * 1024);
      const blob = Buffer.alloc(size);
      for (let i = 0; i < size; i++) blob[i] = (i * 31 + 7) & 0xff;
      return { status: 200, contentType: 'application/octet-stream', body: [blob] };
    });
  }

  static async start(opts: ApEmulatorOptions): Promise<ApEmulator> {
    await loadApMessages();
    const ap = new ApEmulator(opts);
    await new Promise<void>((resolve, reject) => {
      ap.#server.once('error', reject);
      ap.#server.listen(opts.port, opts.host, () => resolve());
    });
    return ap;
  }

  /** "host:port" clients connect to. */
  get address(): string {
    const a = this.#server.address();
    if (!a || typeof a === 'string') throw new Error('AP emulator not listening');
    return `${a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}`;
  }

  /** Logged-in connections right now. */
  get connections(): number {
    let n = 0;
    for (const l of this.#links) if (l.account) n++;
    return n;
  }

  /** Adds or replaces the handler for Mercury URIs starting with `prefix` (other services may add theirs). */
  addMercuryHandler(prefix: string, handler: MercuryHandler): void {
    this.#handlers.set(prefix, handler);
  }

  // ---- fault injection -------------------------------------------------------------------------

  /** Drops every client connection (like a network fault or an AP restart). */
  dropConnections(): void {
    for (const s of this.#sockets) s.destroy();
  }

  /** Stall: stop reading, answering and pinging (connections stay open); `false` resumes. */
  stall(on = true): void {
    this.#stalled = on;
    for (const s of this.#sockets) on ? s.pause() : s.resume();
  }

  /** Corrupts the MAC of the next `n` packets sent (on any connection). */
  corruptMacs(n = 1): void {
    this.#corrupt += n;
  }

  /** @internal used by links: whether to corrupt this packet. */
  takeCorruption(): boolean {
    if (this.#corrupt <= 0) return false;
    this.#corrupt--;
    return true;
  }

  /** Answers every login with APLoginFailed(code) (e.g. 12 BadCredentials, 2 TryAnotherAP); undefined stops. */
  refuseLogins(code: number | undefined): void {
    this.#refuseCode = code;
  }

  /** Delays every packet the AP sends by `ms` (order kept). */
  delayReplies(ms: number): void {
    this.replyDelayMs = Math.max(0, ms);
  }

  /** Writes `frames` corrupt Shannon frames (valid framing, flipped bits) onto every logged-in connection. */
  sendGarbage(frames: number): void {
    for (const link of this.#links) {
      if (!link.account) continue;
      const chunks: Buffer[] = [];
      for (let i = 0; i < frames; i++) {
        const wire = link.codec.encode(CMD.MercuryEvent, randomBytes(1 + (i % 200)));
        const bit = (i * 7919) % (wire.length * 8);
        wire[bit >> 3]! ^= 1 << (bit & 7);
        chunks.push(wire);
      }
      link.socket.write(Buffer.concat(chunks));
    }
  }

  /** Pushes a Mercury event to every connection subscribed to a prefix of `uri`. */
  pushEvent(uri: string, payload: Buffer[] = []): number {
    let sent = 0;
    for (const link of this.#links) {
      if (!link.account || ![...link.subscriptions].some((s) => uri.startsWith(s))) continue;
      this.#sendMercury(link, CMD.MercuryEvent, randomBytes(8), { uri, method: 'SEND', statusCode: 200 }, payload);
      sent++;
    }
    return sent;
  }

  async stop(): Promise<void> {
    for (const l of this.#links) l.close();
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---- protocol --------------------------------------------------------------------------------

  #accept(socket: Socket): void {
    this.#sockets.add(socket);
    socket.setNoDelay(true);
    socket.on('error', () => {});
    socket.on('close', () => this.#sockets.delete(socket));
    if (this.#stalled) socket.pause();
    const timer = setTimeout(() => socket.destroy(), HANDSHAKE_TIMEOUT_MS);
    this.#handshake(socket)
      .catch((err) => {
        this.#opts.log.info('AP handshake failed', { err, remote: socket.remotePort });
        socket.destroy();
      })
      .finally(() => clearTimeout(timer));
  }

  async #handshake(socket: Socket): Promise<void> {
    const reader = new SocketReader(socket);
    const head = await reader.read(6);
    const len = head.readUInt32BE(2);
    if (head.readUInt16BE(0) !== 4 || len < 6 || len > MAX_HANDSHAKE_PACKET) throw new Error('bad ClientHello framing');
    const hello = Buffer.concat([head, await reader.read(len - 6)]);
    const { gc } = parseClientHello(hello);
    const dh = new DhKeyPair();
    const response = apResponsePacket(dh.publicKey, signGs(this.#opts.privateKey, dh.publicKey), randomBytes(16));
    const keys = deriveKeys(dh.sharedSecret(gc), Buffer.concat([hello, response]));
    socket.write(response);
    const answer = parseClientResponse(await reader.readPacket(MAX_HANDSHAKE_PACKET));
    const rest = reader.detach();
    if (answer.length !== keys.challenge.length || !timingSafeEqual(answer, keys.challenge)) {
      socket.end(loginFailedPlaintextPacket(LOGIN_ERROR.ProtocolError));
      return;
    }
    // The AP decrypts with the client's send key and encrypts with its receive key.
    const link = new ClientLink(socket, new ShannonCodec(keys.recvKey, keys.sendKey), this);
    this.#links.add(link);
    socket.on('close', () => {
      clearTimeout(link.pingTimer);
      this.#links.delete(link);
    });
    const onData = (chunk: Buffer): void => {
      let packets;
      try {
        packets = link.codec.decode(chunk);
      } catch (err) {
        this.#opts.log.info('AP: client packet rejected, closing', { err });
        link.close();
        return;
      }
      for (const p of packets) {
        if (socket.destroyed) return;
        this.#onPacket(link, p.cmd, p.payload);
      }
    };
    socket.on('data', onData);
    if (rest.length) onData(rest);
  }

  #onPacket(link: ClientLink, cmd: number, payload: Buffer): void {
    if (!link.account) {
      if (cmd !== CMD.Login) {
        this.#opts.log.info('AP: packet before login, closing', { cmd });
        link.close();
        return;
      }
      this.#login(link, payload);
      return;
    }
    switch (cmd) {
      case CMD.Pong:
        if (!link.awaitingPong) return;
        link.awaitingPong = false;
        this.pongs++;
        link.send(CMD.PongAck, Buffer.alloc(0));
        this.#schedulePing(link, this.#opts.pingIntervalMs);
        return;
      case CMD.RequestKey:
        return this.#audioKey(link, payload);
      case CMD.MercuryReq:
      case CMD.MercurySub:
      case CMD.MercuryUnsub:
        return this.#mercury(link, cmd, payload);
      default:
        this.#opts.log.debug('AP: packet ignored', { cmd });
    }
  }

  #login(link: ClientLink, payload: Buffer): void {
    let req;
    try {
      req = parseLoginPayload(payload);
    } catch {
      return this.#refuse(link, LOGIN_ERROR.ProtocolError, 'malformed login');
    }
    if (this.#refuseCode !== undefined) return this.#refuse(link, this.#refuseCode, 'refused by fault injection');
    const accounts = this.#opts.accounts;
    let account: Account | undefined;
    if (req.authType === AUTH_TYPE.USER_PASS)
      account = this.#opts.refusePasswordLogins ? undefined : accounts.checkPassword(req.username, req.authData);
    else if (req.authType === AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS)
      account = accounts.verifyStoredCredential(req.username, req.authData);
    else if (req.authType === AUTH_TYPE.SPOTIFY_TOKEN) {
      account = accounts.byAccessToken(req.authData.toString('utf8'));
      if (account && req.username && req.username !== account.username) account = undefined;
    }
    if (!account) return this.#refuse(link, LOGIN_ERROR.BadCredentials, 'bad credentials');
    link.account = account;
    this.logins++;
    this.#opts.log.info('AP: login', { username: account.username, authType: req.authType, deviceId: req.deviceId });
    link.send(
      CMD.APWelcome,
      apWelcomePayload({
        username: account.username,
        authType: AUTH_TYPE.STORED_SPOTIFY_CREDENTIALS,
        authData: accounts.mintStoredCredential(account.username),
      }),
    );
    link.send(CMD.SecretBlock, randomBytes(16));
    link.send(CMD.LegacyWelcome, Buffer.alloc(0));
    link.send(CMD.UnknownDataAllZeros, Buffer.alloc(16));
    link.send(CMD.CountryCode, Buffer.from(account.country, 'ascii'));
    const image = this.#opts.imageBaseUrl();
    link.send(
      CMD.ProductInfo,
      Buffer.from(
        productInfoXml({
          type: account.premium ? 'premium' : 'free',
          catalogue: account.premium ? 'premium' : 'free',
          'filter-explicit-content': '0',
          ...account.attributes,
          ...(image ? { 'image-url': `${image}/image/{file_id}`, 'head-files-url': `${image}/head/{file_id}` } : {}),
        }),
      ),
    );
    const pusher = `hm://pusher/v1/connections/${randomBytes(24).toString('base64')}`;
    this.#sendMercury(link, CMD.MercuryEvent, randomBytes(8), { uri: pusher, method: 'SEND', statusCode: 200 }, []);
    this.#schedulePing(link, this.#opts.firstPingMs);
  }

  #refuse(link: ClientLink, code: number, why: string): void {
    this.#opts.log.info('AP: login refused', { code, why });
    link.send(CMD.AuthFailure, apLoginFailedPayload(code));
    link.end();
  }

  #schedulePing(link: ClientLink, ms: number): void {
    clearTimeout(link.pingTimer);
    link.pingTimer = setTimeout(() => {
      if (this.#stalled) return this.#schedulePing(link, ms);
      const p = Buffer.alloc(4);
      p.writeUInt32BE(Math.floor(Date.now() / 1000) >>> 0);
      link.awaitingPong = true;
      link.send(CMD.Ping, p);
    }, ms);
  }

  #audioKey(link: ClientLink, payload: Buffer): void {
    const req = parseAudioKeyRequest(payload);
    if (!req) return;
    const key = this.#opts.catalog.audioKey(req.gid, req.fileId);
    if (Buffer.isBuffer(key)) link.send(CMD.AesKey, aesKeyPayload(req.seq, key));
    else link.send(CMD.AesKeyError, aesKeyErrorPayload(req.seq, AUDIO_KEY_REFUSED));
  }

  #mercury(link: ClientLink, cmd: number, payload: Buffer): void {
    let msg;
    try {
      msg = link.assembler.push(payload);
    } catch (err) {
      this.#opts.log.info('AP: malformed Mercury request', { err });
      return;
    }
    if (!msg) return;
    const uri = msg.header.uri;
    if (cmd === CMD.MercurySub) {
      link.subscriptions.add(uri);
      return this.#sendMercury(link, cmd, msg.seq, { uri, statusCode: 200 }, []);
    }
    if (cmd === CMD.MercuryUnsub) {
      link.subscriptions.delete(uri);
      return this.#sendMercury(link, cmd, msg.seq, { uri, statusCode: 200 }, []);
    }
    const prefix = [...this.#handlers.keys()].filter((p) => uri.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    const res = prefix
      ? this.#handlers.get(prefix)!({ header: msg.header, body: msg.body, account: link.account! })
      : { status: 404 };
    this.#sendMercury(
      link,
      cmd,
      msg.seq,
      { uri, statusCode: res.status, ...(res.contentType ? { contentType: res.contentType } : {}) },
      res.body ?? [],
    );
  }

  #sendMercury(link: ClientLink, cmd: number, seq: Buffer, header: MercuryHeader, body: Buffer[]): void {
    for (const frame of splitMercuryMessage(seq, [encodeMercuryHeader(header), ...body], this.#opts.mercuryMaxPacket))
      link.send(cmd, frame);
  }
}
