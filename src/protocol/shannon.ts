/**
 * The Shannon stream cipher + MAC (docs/protocol/02 §8.1) and the AP's packet framing on top of it (§8).
 *
 * Speed matters: every AP packet goes through here. The 16-word registers are ring buffers (a moving
 * offset instead of shifting 16 words per step) in Int32Arrays, so the hot loop is plain int32 arithmetic.
 */
import { SpotletError } from '../core/errors.js';

const N = 16;
const KEYP = 13;
const INITKONST = 0x6996c53a;

const rotl = (w: number, n: number): number => (w << n) | (w >>> (32 - n));

export class ShannonCipher {
  /** Logical register R[i] lives at r[(ro + i) & 15]; likewise CRC[i] at crc[(co + i) & 15]. */
  #r = new Int32Array(N);
  #ro = 0;
  #crc = new Int32Array(N);
  #co = 0;
  #initR = new Int32Array(N);
  #konst = INITKONST | 0;
  #sbuf = 0;
  #mbuf = 0;
  #nbuf = 0;
  #nonceBytes = new Uint8Array(4);

  constructor(key: Uint8Array) {
    const r = this.#r;
    r[0] = 1;
    r[1] = 1;
    for (let i = 2; i < N; i++) r[i] = (r[i - 1]! + r[i - 2]!) | 0;
    this.#ro = 0;
    this.#konst = INITKONST | 0;
    this.#loadKey(key);
    this.#konst = this.#reg(0);
    this.#normalise();
    this.#initR.set(this.#r);
    this.#nbuf = 0;
  }

  /** Restarts the keystream for a packet: `nonce` is the 4-byte big-endian packet counter. */
  nonce(n: number): void {
    this.#r.set(this.#initR);
    this.#ro = 0;
    this.#konst = INITKONST | 0;
    const b = this.#nonceBytes;
    b[0] = n >>> 24;
    b[1] = n >>> 16;
    b[2] = n >>> 8;
    b[3] = n;
    this.#loadKey(b);
    this.#konst = this.#reg(0);
    this.#nbuf = 0;
  }

  /** Encrypts `buf[start, end)` in place; the MAC covers the plaintext. */
  encrypt(buf: Uint8Array, start = 0, end = buf.length): void {
    this.#crypt(buf, start, end, true);
  }

  /** Decrypts `buf[start, end)` in place; the MAC covers the plaintext. */
  decrypt(buf: Uint8Array, start = 0, end = buf.length): void {
    this.#crypt(buf, start, end, false);
  }

  /** Ends the packet: writes the 4-byte MAC into `out` at `at`. */
  finish(out: Uint8Array, at = 0): void {
    if (this.#nbuf !== 0) this.#mac(this.#mbuf);
    this.#cycle();
    this.#setReg(KEYP, this.#reg(KEYP) ^ INITKONST ^ (this.#nbuf << 3));
    this.#nbuf = 0;
    for (let i = 0; i < N; i++) this.#setReg(i, this.#reg(i) ^ this.#crc[(this.#co + i) & 15]!);
    this.#diffuse();
    this.#cycle();
    const s = this.#sbuf;
    out[at] = s;
    out[at + 1] = s >>> 8;
    out[at + 2] = s >>> 16;
    out[at + 3] = s >>> 24;
  }

  #reg(i: number): number {
    return this.#r[(this.#ro + i) & 15]!;
  }

  #setReg(i: number, v: number): void {
    this.#r[(this.#ro + i) & 15] = v;
  }

  /** Rotates the ring so logical index 0 is physical index 0 (for copies of whole register sets). */
  #normalise(): void {
    if (this.#ro === 0) return;
    const copy = new Int32Array(N);
    for (let i = 0; i < N; i++) copy[i] = this.#reg(i);
    this.#r.set(copy);
    this.#ro = 0;
  }

  #cycle(): void {
    const r = this.#r;
    let o = this.#ro;
    let t = r[(o + 12) & 15]! ^ r[(o + 13) & 15]! ^ this.#konst;
    t ^= rotl(t, 5) | rotl(t, 7);
    t ^= rotl(t, 19) | rotl(t, 22);
    t ^= rotl(r[o]!, 1);
    r[o] = t;
    o = (o + 1) & 15;
    let u = r[(o + 2) & 15]! ^ t;
    u ^= rotl(u, 7) | rotl(u, 22);
    u ^= rotl(u, 5) | rotl(u, 19);
    r[o] = r[o]! ^ u;
    this.#sbuf = u ^ r[(o + 8) & 15]! ^ r[(o + 12) & 15]!;
    this.#ro = o;
  }

  #mac(w: number): void {
    const c = this.#crc;
    const co = this.#co;
    c[co] = c[co]! ^ c[(co + 2) & 15]! ^ c[(co + 15) & 15]! ^ w;
    this.#co = (co + 1) & 15;
    this.#setReg(KEYP, this.#reg(KEYP) ^ w);
  }

  #diffuse(): void {
    for (let i = 0; i < 16; i++) this.#cycle();
  }

  #loadKey(k: Uint8Array): void {
    let i = 0;
    for (; i + 4 <= k.length; i += 4) {
      this.#setReg(KEYP, this.#reg(KEYP) ^ (k[i]! | (k[i + 1]! << 8) | (k[i + 2]! << 16) | (k[i + 3]! << 24)));
      this.#cycle();
    }
    if (i < k.length) {
      let w = 0;
      for (let j = 0; i + j < k.length; j++) w |= k[i + j]! << (8 * j);
      this.#setReg(KEYP, this.#reg(KEYP) ^ w);
      this.#cycle();
    }
    this.#setReg(KEYP, this.#reg(KEYP) ^ k.length);
    this.#cycle();
    this.#normalise();
    this.#crc.set(this.#r);
    this.#co = 0;
    this.#diffuse();
    for (let j = 0; j < N; j++) this.#setReg(j, this.#reg(j) ^ this.#crc[j]!);
  }

  /** Byte by byte through the open keystream word, folding each plaintext byte into the open MAC word. */
  #cryptBytes(buf: Uint8Array, i: number, end: number, encrypting: boolean): number {
    for (; this.#nbuf !== 0 && i < end; i++) {
      const shift = 32 - this.#nbuf;
      const k = (this.#sbuf >>> shift) & 0xff;
      const plain = encrypting ? buf[i]! : buf[i]! ^ k;
      this.#mbuf ^= plain << shift;
      buf[i] = buf[i]! ^ k;
      this.#nbuf -= 8;
    }
    return i;
  }

  #crypt(buf: Uint8Array, start: number, end: number, encrypting: boolean): void {
    let i = start;
    // 1. Finish a partial keystream word left over from the previous call.
    if (this.#nbuf !== 0) {
      i = this.#cryptBytes(buf, i, end, encrypting);
      if (this.#nbuf !== 0) return;
      this.#mac(this.#mbuf);
    }
    // 2. Whole words: the hot loop, with cycle() and mac() inlined on local copies of the state.
    const r = this.#r;
    const c = this.#crc;
    const konst = this.#konst;
    let o = this.#ro;
    let co = this.#co;
    let s = 0;
    const first = i;
    const words = end - ((end - i) & 3);
    for (; i < words; i += 4) {
      let t = r[(o + 12) & 15]! ^ r[(o + 13) & 15]! ^ konst;
      t ^= (t << 5) | (t >>> 27) | ((t << 7) | (t >>> 25));
      t ^= (t << 19) | (t >>> 13) | ((t << 22) | (t >>> 10));
      const r0 = r[o]!;
      t ^= (r0 << 1) | (r0 >>> 31);
      r[o] = t;
      o = (o + 1) & 15;
      let u = r[(o + 2) & 15]! ^ t;
      u ^= (u << 7) | (u >>> 25) | ((u << 22) | (u >>> 10));
      u ^= (u << 5) | (u >>> 27) | ((u << 19) | (u >>> 13));
      r[o] = r[o]! ^ u;
      s = u ^ r[(o + 8) & 15]! ^ r[(o + 12) & 15]!;
      const w = buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24);
      const out = w ^ s;
      const plain = encrypting ? w : out;
      c[co] = c[co]! ^ c[(co + 2) & 15]! ^ c[(co + 15) & 15]! ^ plain;
      co = (co + 1) & 15;
      const kp = (o + KEYP) & 15;
      r[kp] = r[kp]! ^ plain;
      buf[i] = out;
      buf[i + 1] = out >>> 8;
      buf[i + 2] = out >>> 16;
      buf[i + 3] = out >>> 24;
    }
    this.#ro = o;
    this.#co = co;
    if (i > first) this.#sbuf = s;
    // 3. A trailing partial word: start a new keystream word and keep the MAC word open.
    if (i < end) {
      this.#cycle();
      this.#mbuf = 0;
      this.#nbuf = 32;
      this.#cryptBytes(buf, i, end, encrypting);
    }
  }
}

/** The AP closed the link's integrity: a packet's MAC did not match. The connection must end. */
export class ShannonMacError extends SpotletError {
  constructor(nonce: number) {
    super('ERR_AP_MAC', `AP packet ${nonce}: MAC mismatch (corrupt or forged data); closing the connection`);
  }
}

export interface ApPacket {
  cmd: number;
  payload: Buffer;
}

/** Largest payload a packet can carry (BE16 length). */
export const MAX_PAYLOAD = 0xffff;

/**
 * Shannon framing for one connection: `encode` for the sending direction, `decode` for the receiving one,
 * each with its own key and packet counter (nonce). `decode` takes arbitrary TCP chunks and returns the
 * complete packets; it throws ShannonMacError on the first bad MAC and must not be used afterwards.
 */
export class ShannonCodec {
  #send: ShannonCipher;
  #recv: ShannonCipher;
  #sendNonce = 0;
  #recvNonce = 0;
  #pending: Buffer = Buffer.alloc(0);
  /** Payload length of the packet whose header is already decrypted, or -1. */
  #bodyLength = -1;
  #cmd = 0;
  #failed = false;
  #head = Buffer.alloc(3);
  #mac = Buffer.alloc(4);

  constructor(sendKey: Uint8Array, recvKey: Uint8Array) {
    this.#send = new ShannonCipher(sendKey);
    this.#recv = new ShannonCipher(recvKey);
  }

  encode(cmd: number, payload: Uint8Array): Buffer {
    if (payload.length > MAX_PAYLOAD)
      throw new SpotletError(
        'ERR_AP_PACKET_TOO_LARGE',
        `AP packet payload of ${payload.length} bytes exceeds ${MAX_PAYLOAD}`,
      );
    const out = Buffer.allocUnsafe(3 + payload.length + 4);
    out[0] = cmd;
    out.writeUInt16BE(payload.length, 1);
    out.set(payload, 3);
    this.#send.nonce(this.#sendNonce);
    this.#sendNonce = (this.#sendNonce + 1) >>> 0;
    this.#send.encrypt(out, 0, 3 + payload.length);
    this.#send.finish(out, 3 + payload.length);
    return out;
  }

  decode(chunk: Buffer): ApPacket[] {
    if (this.#failed) throw new ShannonMacError(this.#recvNonce);
    this.#pending = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
    const packets: ApPacket[] = [];
    let at = 0;
    for (;;) {
      const buf = this.#pending;
      if (this.#bodyLength < 0) {
        if (buf.length - at < 3) break;
        const head = this.#head;
        buf.copy(head, 0, at, at + 3);
        this.#recv.nonce(this.#recvNonce);
        this.#recv.decrypt(head);
        this.#cmd = head[0]!;
        this.#bodyLength = head.readUInt16BE(1);
        at += 3;
      }
      const need = this.#bodyLength + 4;
      if (buf.length - at < need) break;
      const payload = Buffer.from(buf.subarray(at, at + this.#bodyLength));
      this.#recv.decrypt(payload);
      const mac = this.#mac;
      this.#recv.finish(mac);
      if (!mac.equals(buf.subarray(at + this.#bodyLength, at + need))) {
        this.#failed = true;
        this.#pending = Buffer.alloc(0);
        throw new ShannonMacError(this.#recvNonce);
      }
      at += need;
      this.#recvNonce = (this.#recvNonce + 1) >>> 0;
      packets.push({ cmd: this.#cmd, payload });
      this.#bodyLength = -1;
    }
    this.#pending = at === 0 ? this.#pending : this.#pending.subarray(at);
    if (this.#pending.length === 0) this.#pending = Buffer.alloc(0);
    return packets;
  }
}
