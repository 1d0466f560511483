/**
 * The controller (phone) side of zeroconf addUser (docs/protocol/01 §4–6, §11), written independently of the
 * speaker's decryption: Diffie-Hellman with BigInt arithmetic, the inner device-bound blob
 * (PBKDF2 / AES-192-ECB with forward chaining) and the outer AES-128-CTR + HMAC-SHA1 layer.
 */
import { createCipheriv, createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

/** RFC 2409 Oakley group 1, generator 2. */
const P = BigInt(
  '0xffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437' +
    '4fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff',
);

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
  }
  return result;
}

const toInt = (b: Buffer): bigint => (b.length ? BigInt(`0x${b.toString('hex')}`) : 0n);

/** Minimal big-endian bytes (leading zeros stripped), as both sides hash them. */
function toMinimalBytes(n: bigint): Buffer {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
}

export class ControllerKey {
  readonly #priv: bigint;
  readonly publicKey: Buffer;

  /** `privateKey` for known-answer tests; otherwise 95 random bytes. */
  constructor(privateKey: Buffer = randomBytes(95)) {
    this.#priv = toInt(privateKey);
    this.publicKey = toMinimalBytes(modPow(2n, this.#priv, P));
  }

  sharedSecret(devicePublicKey: Buffer): Buffer {
    const y = toInt(devicePublicKey);
    if (y <= 1n || y >= P - 1n) throw new Error('the speaker sent an invalid Diffie-Hellman public key');
    return toMinimalBytes(modPow(y, this.#priv, P));
  }
}

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n;
  do {
    out.push((v & 0x7f) | (v >= 0x80 ? 0x80 : 0));
    v = Math.floor(v / 128);
  } while (v > 0);
  return Buffer.from(out);
}

export interface BlobInput {
  /** The speaker's `deviceID` from getInfo (the inner blob is bound to it). */
  deviceId: string;
  userName: string;
  authType: number;
  authData: Buffer;
  sharedSecret: Buffer;
  /** Fixed for known-answer tests; random otherwise. */
  iv?: Buffer;
}

/** Inner blob: I/P/Q fields, padded, chained forward, AES-192-ECB under the device/user key. */
export function encryptInnerBlob(deviceId: string, userName: string, authType: number, authData: Buffer): Buffer {
  const user = Buffer.from(userName, 'utf8');
  const plain = Buffer.concat([
    Buffer.from([0x49]),
    varint(user.length),
    user,
    Buffer.from([0x50]),
    varint(authType),
    Buffer.from([0x51]),
    varint(authData.length),
    authData,
  ]);
  const pad = 16 - (plain.length % 16);
  const d = Buffer.concat([plain, Buffer.alloc(pad - 1), Buffer.from([pad])]);
  for (let j = 16; j < d.length; j++) d[j]! ^= d[j - 16]!;
  const base = pbkdf2Sync(createHash('sha1').update(deviceId, 'ascii').digest(), user, 0x100, 20, 'sha1');
  const key = Buffer.concat([createHash('sha1').update(base).digest(), Buffer.from([0, 0, 0, 0x14])]);
  const cipher = createCipheriv('aes-192-ecb', key, null).setAutoPadding(false);
  return Buffer.concat([cipher.update(d), cipher.final()]);
}

/** The `blob` form field: base64 of iv ‖ AES-128-CTR(base64(inner)) ‖ HMAC-SHA1. */
export function buildAddUserBlob(input: BlobInput): string {
  const inner = Buffer.from(
    encryptInnerBlob(input.deviceId, input.userName, input.authType, input.authData).toString('base64'),
    'ascii',
  );
  const baseKey = createHash('sha1').update(input.sharedSecret).digest().subarray(0, 16);
  const checksumKey = createHmac('sha1', baseKey).update('checksum').digest();
  const encryptionKey = createHmac('sha1', baseKey).update('encryption').digest().subarray(0, 16);
  const iv = input.iv ?? randomBytes(16);
  const cipher = createCipheriv('aes-128-ctr', encryptionKey, iv);
  const ciphertext = Buffer.concat([cipher.update(inner), cipher.final()]);
  const mac = createHmac('sha1', checksumKey).update(ciphertext).digest();
  return Buffer.concat([iv, ciphertext, mac]).toString('base64');
}
