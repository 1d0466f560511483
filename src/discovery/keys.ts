/**
 * The receiver's cryptography of addUser (docs/protocol/01 §4–6): the Diffie-Hellman shared secret, the outer HMAC-SHA1
 * / AES-128-CTR layer and the inner PBKDF2 / AES-192-ECB device-bound layer.
 */
import { createDecipheriv, createHash, createHmac, pbkdf2Sync, timingSafeEqual } from 'node:crypto';
import type { DhKeyPair } from '../core/dh.js';
import { ZEROCONF_STATUS, ZeroconfError } from './status.js';

/** Shared secret with the phone's key (minimal bytes); 203 when the key is not a valid group element. */
export function zeroconfSharedSecret(keys: DhKeyPair, clientKey: Buffer): Buffer {
  try {
    return keys.sharedSecret(clientKey);
  } catch {
    throw new ZeroconfError(
      'ERR_ZEROCONF_PUBLIC_KEY',
      ZEROCONF_STATUS.invalidPublicKey,
      'clientKey is not a valid Diffie-Hellman public key',
    );
  }
}

/** Outer layer: checks the MAC and returns the inner blob (ASCII base64 text, decoded to bytes). */
export function openOuterBlob(sharedSecret: Buffer, blob: Buffer): Buffer {
  if (blob.length < 16 + 1 + 20) {
    throw new ZeroconfError(
      'ERR_ZEROCONF_BLOB',
      ZEROCONF_STATUS.invalidArguments,
      `blob too short (${blob.length} bytes)`,
    );
  }
  const iv = blob.subarray(0, 16);
  const ciphertext = blob.subarray(16, blob.length - 20);
  const mac = blob.subarray(blob.length - 20);
  const baseKey = createHash('sha1').update(sharedSecret).digest().subarray(0, 16);
  const checksumKey = createHmac('sha1', baseKey).update('checksum').digest();
  const encryptionKey = createHmac('sha1', baseKey).update('encryption').digest().subarray(0, 16);
  const expected = createHmac('sha1', checksumKey).update(ciphertext).digest();
  if (!timingSafeEqual(expected, mac))
    throw new ZeroconfError('ERR_ZEROCONF_MAC', ZEROCONF_STATUS.badMac, 'blob MAC mismatch');
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
 * (docs/protocol/01 §3). Anything else is refused, so garbage gets a clear 303 instead of decoding to junk.
 */
export function decodeStrictBase64(text: string, what: string): Buffer {
  const t = text.replace(/ /g, '+');
  if (t.length === 0 || t.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(t)) {
    throw new ZeroconfError('ERR_ZEROCONF_BASE64', ZEROCONF_STATUS.invalidArguments, `${what} is not valid base64`);
  }
  return Buffer.from(t, 'base64');
}
