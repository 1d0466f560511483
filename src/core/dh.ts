/**
 * Diffie-Hellman in the 768-bit Oakley group 1, generator 2 (docs/protocol/01 §4), shared by the zeroconf key
 * exchange and the AP handshake.
 * Public keys and shared secrets are minimal big-endian bytes (leading zeros stripped), as both reference
 * implementations encode them.
 */
import { createPrivateKey, createPublicKey, diffieHellman, randomBytes, type KeyObject } from 'node:crypto';
import { SpotletError } from '../core/errors.js';

export const DH_PRIME = Buffer.from(
  'ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f1437' +
    '4fe1356d6d51c245e485b576625e7ec6f44c42e9a63a3620ffffffffffffffff',
  'hex',
);
const P = BigInt(`0x${DH_PRIME.toString('hex')}`);

/** Strips leading zero bytes (big-endian minimal encoding). */
export function minimalBytes(b: Buffer): Buffer {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.subarray(i);
}

/*
 * Keys as OpenSSL key objects (DER-encoded here), not a DiffieHellman object: creating one of those checks the
 * prime for primality, ~20 ms of CPU at every start (far more on a Pi) before zeroconf can answer, where these
 * take ~1 ms. The arithmetic stays OpenSSL's, constant-time.
 */
function derLength(n: number): Buffer {
  return n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
}
const der = (tag: number, ...body: Buffer[]): Buffer => {
  const b = Buffer.concat(body);
  return Buffer.concat([Buffer.from([tag]), derLength(b.length), b]);
};
/** A non-negative INTEGER (a leading zero byte when the top bit is set). */
const derInteger = (b: Buffer): Buffer => {
  const m = minimalBytes(b);
  return der(0x02, m[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), m]) : m);
};
/** dhKeyAgreement (PKCS #3, 1.2.840.113549.1.3.1) with the group's prime and generator. */
const DH_ALGORITHM = der(
  0x30,
  Buffer.from('06092a864886f70d010301', 'hex'),
  der(0x30, derInteger(DH_PRIME), derInteger(Buffer.from([2]))),
);

/** The DER element at `off`: its tag and where its value starts and ends. */
function derElement(b: Buffer, off: number): { tag: number; start: number; end: number } {
  const first = b[off + 1] ?? 0;
  let len = first;
  let start = off + 2;
  if (first & 0x80) {
    len = 0;
    for (let i = 0; i < (first & 0x7f); i++) len = len * 256 + (b[start + i] ?? 0);
    start += first & 0x7f;
  }
  return { tag: b[off] ?? 0, start, end: start + len };
}

/** The public key y of a DH SubjectPublicKeyInfo: SEQUENCE { algorithm, BIT STRING { 0, INTEGER y } }. */
function spkiPublicValue(spki: Buffer): Buffer {
  const outer = derElement(spki, 0);
  const algorithm = derElement(spki, outer.start);
  const bits = derElement(spki, algorithm.end);
  const y = derElement(spki, bits.start + 1);
  if (outer.tag !== 0x30 || bits.tag !== 0x03 || y.tag !== 0x02 || y.end !== spki.length)
    throw new SpotletError('ERR_DH_PUBLIC_KEY', 'OpenSSL returned an unexpected Diffie-Hellman public key');
  return spki.subarray(y.start, y.end);
}

export class DhKeyPair {
  #privateKey: KeyObject;
  readonly publicKey: Buffer;

  /** A fresh key pair (95 random bytes of private key), or the given private key (known-answer tests). */
  constructor(privateKey: Buffer = randomBytes(95)) {
    this.#privateKey = createPrivateKey({
      key: der(0x30, derInteger(Buffer.from([0])), DH_ALGORITHM, der(0x04, derInteger(privateKey))),
      format: 'der',
      type: 'pkcs8',
    });
    const spki = createPublicKey(this.#privateKey).export({ type: 'spki', format: 'der' });
    this.publicKey = minimalBytes(spkiPublicValue(spki));
  }

  /** remote^priv mod p as minimal bytes; a remote key outside 1 < y < p−1 is refused with ERR_DH_PUBLIC_KEY. */
  sharedSecret(remote: Buffer): Buffer {
    const y = remote.length && remote.length <= 96 ? BigInt(`0x${remote.toString('hex')}`) : 0n;
    if (y <= 1n || y >= P - 1n)
      throw new SpotletError('ERR_DH_PUBLIC_KEY', 'the peer sent an invalid Diffie-Hellman public key');
    const publicKey = createPublicKey({
      key: der(0x30, DH_ALGORITHM, der(0x03, Buffer.from([0]), derInteger(remote))),
      format: 'der',
      type: 'spki',
    });
    return minimalBytes(diffieHellman({ privateKey: this.#privateKey, publicKey }));
  }
}
