/**
 * The receiver's cryptography of addUser (protocol/01 §4–6): Diffie-Hellman in the 768-bit Oakley group 1,
 * the outer HMAC-SHA1 / AES-128-CTR layer and the inner PBKDF2 / AES-192-ECB device-bound layer.
 */
import { createDecipheriv, createDiffieHellman, createHash, createHmac, pbkdf2Sync, timingSafeEqual, type DiffieHellman } from 'node:crypto';
import { ZEROCONF_STATUS, ZeroconfError } from './status.js';

/** RFC 2409 group 1 prime (generator 2). */
const OAKLEY_GROUP_1_PRIME = Buffer.from(
  'ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437' +
    '4fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff',
  'hex',
);
const PRIME = BigInt('0x' + OAKLEY_GROUP_1_PRIME.toString('hex'));

/** Big-endian bytes without leading zero bytes, the encoding both sides hash (protocol/01 §4). */
function minimal(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.subarray(i);
}

/** The speaker's DH key pair, created once per server start. */
export class DeviceKeyPair {
  readonly #dh: DiffieHellman;
  /** Minimal big-endian public key. */
  readonly publicKey: Buffer;

  /** `privateKey` is for known-answer tests; normally a random key is drawn. */
  constructor(privateKey?: Buffer) {
    this.#dh = createDiffieHellman(OAKLEY_GROUP_1_PRIME, Buffer.from([2]));
    if (privateKey) this.#dh.setPrivateKey(privateKey);
    this.publicKey = minimal(this.#dh.generateKeys());
  }

  /** Shared secret with the phone's key (minimal bytes); 203 when the key is not a valid group element. */
  sharedSecret(clientKey: Buffer): Buffer {
    const v = clientKey.length === 0 || clientKey.length > 96 ? 0n : BigInt('0x' + clientKey.toString('hex'));
    if (v <= 1n || v >= PRIME - 1n) {
      throw new ZeroconfError('ERR_ZEROCONF_PUBLIC_KEY', ZEROCONF_STATUS.invalidPublicKey, 'clientKey is not a valid Diffie-Hellman public key');
    }
    return minimal(this.#dh.computeSecret(clientKey));
  }
}

/** Outer layer: checks the MAC and returns the inner blob (ASCII base64 text, decoded to bytes). */
export function openOuterBlob(sharedSecret: Buffer, blob: Buffer): Buffer {
  if (blob.length < 16 + 1 + 20) {
    throw new ZeroconfError('ERR_ZEROCONF_BLOB', ZEROCONF_STATUS.invalidArguments, `blob too short (${blob.length} bytes)`);
  }
  const iv = blob.subarray(0, 16);
  const ciphertext = blob.subarray(16, blob.length - 20);
  const mac = blob.subarray(blob.length - 20);
  const baseKey = createHash('sha1').update(sharedSecret).digest().subarray(0, 16);
  const checksumKey = createHmac('sha1', baseKey).update('checksum').digest();
  const encryptionKey = createHmac('sha1', baseKey).update('encryption').digest().subarray(0, 16);
  const expected = createHmac('sha1', checksumKey).update(ciphertext).digest();
  if (!timingSafeEqual(expected, mac)) throw new ZeroconfError('ERR_ZEROCONF_MAC', ZEROCONF_STATUS.badMac, 'blob MAC mismatch');
  const decipher = createDecipheriv('aes-128-ctr', encryptionKey, iv);
  const innerBase64 = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('latin1');
  return decodeStrictBase64(innerBase64, 'inner blob');
}

export interface BlobCredentials {
  authType: number;
  authData: Buffer;
}

/** Inner layer: decrypts with the key bound to this device id and user name, and parses the I/P/Q fields. */
export function openInnerBlob(deviceId: string, userName: string, data: Buffer): BlobCredentials {
  const bad = (why: string): never => {
    throw new ZeroconfError('ERR_ZEROCONF_CREDENTIALS', ZEROCONF_STATUS.badRequest, `credentials blob ${why}`);
  };
  if (data.length === 0 || data.length % 16 !== 0) bad(`length ${data.length} is not a multiple of 16`);
  const secret = createHash('sha1').update(deviceId, 'ascii').digest();
  const base = pbkdf2Sync(secret, Buffer.from(userName, 'utf8'), 256, 20, 'sha1');
  const key = Buffer.concat([createHash('sha1').update(base).digest(), Buffer.from([0, 0, 0, 20])]);
  const decipher = createDecipheriv('aes-192-ecb', key, null).setAutoPadding(false);
  const d = Buffer.concat([decipher.update(data), decipher.final()]);
  // The sender chained forward (c[j] = p[j] ^ c[j-16]); undo it from the end.
  for (let j = d.length - 1; j >= 16; j--) d[j]! ^= d[j - 16]!;

  let pos = 0;
  const byte = (): number => (pos < d.length ? d[pos++]! : bad('is truncated'));
  const varint = (): number => {
    const b0 = byte();
    return b0 < 0x80 ? b0 : (b0 & 0x7f) | (byte() << 7);
  };
  const tag = (want: number, what: string): void => {
    if (byte() !== want) bad(`has no ${what} field`);
  };
  tag(0x49, 'username');
  const userLen = varint();
  if (pos + userLen > d.length) bad('is truncated');
  pos += userLen;
  tag(0x50, 'auth type');
  const authType = varint();
  tag(0x51, 'auth data');
  const authLen = varint();
  if (authLen === 0 || pos + authLen > d.length) bad('is truncated');
  return { authType, authData: Buffer.from(d.subarray(pos, pos + authLen)) };
}

/**
 * Standard base64 with padding; a space stands for a `+` that the sender forgot to percent-encode
 * (protocol/01 §3). Anything else is refused, so garbage gets a clear 303 instead of decoding to junk.
 */
export function decodeStrictBase64(text: string, what: string): Buffer {
  const t = text.replace(/ /g, '+');
  if (t.length === 0 || t.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(t)) {
    throw new ZeroconfError('ERR_ZEROCONF_BASE64', ZEROCONF_STATUS.invalidArguments, `${what} is not valid base64`);
  }
  return Buffer.from(t, 'base64');
}
