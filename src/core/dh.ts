/**
 * Diffie-Hellman in the 768-bit Oakley group 1, generator 2 (protocol/01 §4), shared by the zeroconf key
 * exchange and the AP handshake.
 * Public keys and shared secrets are minimal big-endian bytes (leading zeros stripped), as both reference
 * implementations encode them.
 */
import { createDiffieHellman, randomBytes, type DiffieHellman } from 'node:crypto';
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

/**
 * One shared OpenSSL DH object: creating one checks the prime (~20 ms), while setting a private key and
 * computing is ~0.2 ms. Each use sets its own private key first, synchronously, so sharing is safe.
 */
let group: DiffieHellman | undefined;
function oakley(privateKey: Buffer): DiffieHellman {
  group ??= createDiffieHellman(DH_PRIME, Buffer.from([2]));
  group.setPrivateKey(privateKey);
  return group;
}

export class DhKeyPair {
  #privateKey: Buffer;
  readonly publicKey: Buffer;

  /** A fresh key pair (95 random bytes of private key), or the given private key (known-answer tests). */
  constructor(privateKey: Buffer = randomBytes(95)) {
    this.#privateKey = privateKey;
    const dh = oakley(privateKey);
    dh.generateKeys();
    this.publicKey = minimalBytes(dh.getPublicKey());
  }

  /** remote^priv mod p as minimal bytes; a remote key outside 1 < y < p−1 is refused with ERR_DH_PUBLIC_KEY. */
  sharedSecret(remote: Buffer): Buffer {
    const y = remote.length && remote.length <= 96 ? BigInt(`0x${remote.toString('hex')}`) : 0n;
    if (y <= 1n || y >= P - 1n)
      throw new SpotletError('ERR_DH_PUBLIC_KEY', 'the peer sent an invalid Diffie-Hellman public key');
    return minimalBytes(oakley(this.#privateKey).computeSecret(remote));
  }
}
