/**
 * The access point's RSA public key and the check of its signature over the server's Diffie-Hellman key
 * (docs/protocol/02 §6): a speaker only talks to an AP that proves it holds the matching private key.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SPOTIFY_AP_MODULUS_HEX } from '../core/settings.js';
import { ApHandshakeError } from '../protocol/index.js';
import { errorMessage } from '../core/errors.js';

/** An RSA public key (e = 65537) from its modulus in hex. */
export function rsaPublicKeyFromModulus(modulusHex: string): KeyObject {
  return createPublicKey({
    key: { kty: 'RSA', n: Buffer.from(modulusHex, 'hex').toString('base64url'), e: 'AQAB' },
    format: 'jwk',
  });
}

/** The AP verification key: the PEM file `path`, or Spotify's own key when `path` is empty. */
export function loadApPublicKey(path: string): KeyObject {
  if (!path) return rsaPublicKeyFromModulus(SPOTIFY_AP_MODULUS_HEX);
  let pem: string;
  try {
    pem = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ApHandshakeError(`AP public key file ${path} cannot be read: ${errorMessage(err)}`, { cause: err });
  }
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`not an RSA key (${key.asymmetricKeyType})`);
    return key;
  } catch (err) {
    throw new ApHandshakeError(`AP public key file ${path} is not a usable RSA public key: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}

/** RSA PKCS#1 v1.5 with SHA-1 over the raw gs bytes (docs/protocol/02 §6). */
export function verifyGsSignature(key: KeyObject, gs: Buffer, signature: Buffer): boolean {
  try {
    return verify('sha1', gs, key, signature);
  } catch {
    return false;
  }
}
