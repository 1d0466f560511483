/**
 * The AP handshake messages and key derivation (docs/protocol/02 §3–7), for both ends: the client builds
 * ClientHello and ClientResponsePlaintext and parses APResponseMessage; the emulator parses the client's
 * packets and builds APResponseMessage. Both derive the same keys from the accumulated packets. Checking
 * the server's signature is the client's business (src/ap), signing it the emulator's.
 */
import { createHmac } from 'node:crypto';
import type { spotify } from '../gen/ap.js';
import { apMessages } from './messages.js';
import { ApHandshakeError } from './errors.js';
import { errorMessage } from '../core/errors.js';

/** ClientHello.build_info values that are configuration (docs/protocol/02 §4). */
export interface BuildInfo {
  /** Spotify desktop protocol version, e.g. 124200290. */
  version: number;
  /** Platform enum; PLATFORM_LINUX_ARM (17) on a Pi. */
  platform: number;
}

/** Platform number for this machine (docs/protocol/02 §4): Linux ARM on a Pi, Linux x86-64 on a PC. */
export function platformForArch(arch: string = process.arch): number {
  const pb = apMessages();
  if (arch === 'arm' || arch === 'arm64') return pb.Platform.PLATFORM_LINUX_ARM;
  if (arch === 'x64') return pb.Platform.PLATFORM_LINUX_X86_64;
  return pb.Platform.PLATFORM_LINUX_X86;
}

/** Plaintext packet #2/#3 framing: BE32(4 + len) ‖ protobuf. */
export function plaintextPacket(body: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(4 + body.length);
  out.writeUInt32BE(4 + body.length, 0);
  out.set(body, 4);
  return out;
}

/** Packet #1: `00 04` ‖ BE32(6 + len) ‖ ClientHello. */
export function clientHelloPacket(gc: Buffer, clientNonce: Buffer, build: BuildInfo): Buffer {
  const pb = apMessages();
  const body = pb.ClientHello.encode({
    buildInfo: {
      product: pb.Product.PRODUCT_CLIENT,
      productFlags: [pb.ProductFlags.PRODUCT_FLAG_NONE],
      platform: build.platform,
      version: build.version as unknown as spotify.ap.IBuildInfo['version'] /* protobufjs writes numbers as uint64 */,
    },
    cryptosuitesSupported: [pb.Cryptosuite.CRYPTO_SUITE_SHANNON],
    loginCryptoHello: { diffieHellman: { gc, serverKeysKnown: 1 } },
    clientNonce,
    padding: Buffer.from([0x1e]),
  }).finish();
  const out = Buffer.allocUnsafe(6 + body.length);
  out.writeUInt16BE(4, 0);
  out.writeUInt32BE(6 + body.length, 2);
  out.set(body, 6);
  return out;
}

/** Parses packet #1 (emulator side); throws ApHandshakeError on anything malformed. */
export function parseClientHello(packet: Buffer): {
  gc: Buffer;
  clientNonce: Buffer;
  build: BuildInfo;
  cryptosuites: number[];
} {
  if (packet.length < 6 || packet.readUInt16BE(0) !== 4 || packet.readUInt32BE(2) !== packet.length)
    throw new ApHandshakeError('malformed ClientHello framing');
  let m: spotify.ap.ClientHello;
  try {
    m = apMessages().ClientHello.decode(packet.subarray(6));
  } catch (err) {
    throw new ApHandshakeError(`malformed ClientHello: ${errorMessage(err)}`, { cause: err });
  }
  const gc = m.loginCryptoHello?.diffieHellman?.gc;
  if (!gc?.length || !m.clientNonce?.length)
    throw new ApHandshakeError('ClientHello without a Diffie-Hellman key or nonce');
  return {
    gc: Buffer.from(gc),
    clientNonce: Buffer.from(m.clientNonce),
    build: { version: Number(m.buildInfo.version.toString()), platform: m.buildInfo.platform },
    cryptosuites: m.cryptosuitesSupported ?? [],
  };
}

/** Packet #2 with a challenge (emulator side): the proto2 "required" empty sub-messages are included. */
export function apResponsePacket(gs: Buffer, gsSignature: Buffer, serverNonce: Buffer): Buffer {
  const pb = apMessages();
  return plaintextPacket(
    pb.APResponseMessage.encode({
      challenge: {
        loginCryptoChallenge: { diffieHellman: { gs, serverSignatureKey: 0, gsSignature } },
        fingerprintChallenge: {},
        powChallenge: {},
        cryptoChallenge: {},
        serverNonce,
        padding: Buffer.from([0x1e]),
      },
    }).finish(),
  );
}

/** A plaintext APResponseMessage{login_failed} (docs/protocol/02 §7): 9 bytes for a one-byte error code. */
export function loginFailedPlaintextPacket(errorCode: number): Buffer {
  return plaintextPacket(apMessages().APResponseMessage.encode({ loginFailed: { errorCode } }).finish());
}

export interface ApChallenge {
  gs: Buffer;
  gsSignature: Buffer;
  serverNonce: Buffer;
}

/** Parses packet #2 (client side). A `login_failed` or `upgrade` answer becomes the matching error. */
export function parseApResponse(
  packet: Buffer,
): ApChallenge | { loginFailed: { errorCode: number; description: string } } {
  let m: spotify.ap.APResponseMessage;
  try {
    m = apMessages().APResponseMessage.decode(packet.subarray(4));
  } catch (err) {
    throw new ApHandshakeError(`malformed APResponseMessage: ${errorMessage(err)}`, { cause: err });
  }
  if (m.loginFailed)
    return { loginFailed: { errorCode: m.loginFailed.errorCode, description: m.loginFailed.errorDescription ?? '' } };
  if (m.upgrade) throw new ApHandshakeError('the access point requires a client upgrade (UpgradeRequiredMessage)');
  const dh = m.challenge?.loginCryptoChallenge?.diffieHellman;
  if (!m.challenge || !dh?.gs?.length || !dh.gsSignature?.length)
    throw new ApHandshakeError('APResponseMessage without a Diffie-Hellman challenge');
  return {
    gs: Buffer.from(dh.gs),
    gsSignature: Buffer.from(dh.gsSignature),
    serverNonce: Buffer.from(m.challenge.serverNonce ?? []),
  };
}

/** Recognises the 9-byte-or-so plaintext login failure the AP may send instead of the first Shannon packet. */
export function parsePlaintextLoginFailure(head: Buffer): { errorCode: number; description: string } | undefined {
  if (head.length < 9 || head.readUInt32BE(0) !== 9) return undefined;
  try {
    const m = apMessages().APResponseMessage.decode(head.subarray(4, 9));
    return m.loginFailed
      ? { errorCode: m.loginFailed.errorCode, description: m.loginFailed.errorDescription ?? '' }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Packet #3: the challenge answer. */
export function clientResponsePacket(challenge: Buffer): Buffer {
  const pb = apMessages();
  return plaintextPacket(
    pb.ClientResponsePlaintext.encode({
      loginCryptoResponse: { diffieHellman: { hmac: challenge } },
      powResponse: {},
      cryptoResponse: {},
    }).finish(),
  );
}

/** Parses packet #3 (emulator side): the challenge HMAC the client computed. */
export function parseClientResponse(packet: Buffer): Buffer {
  try {
    const m = apMessages().ClientResponsePlaintext.decode(packet.subarray(4));
    const hmac = m.loginCryptoResponse?.diffieHellman?.hmac;
    if (hmac?.length) return Buffer.from(hmac);
  } catch {
    /* fall through */
  }
  throw new ApHandshakeError('malformed ClientResponsePlaintext');
}

export interface SessionKeys {
  /** The 100 derived bytes (for known-answer tests). */
  data: Buffer;
  challenge: Buffer;
  /** Client → AP cipher key (the AP decrypts with it). */
  sendKey: Buffer;
  /** AP → client cipher key. */
  recvKey: Buffer;
}

/** HMAC-SHA1 key derivation over the accumulated packets #1 ‖ #2 (docs/protocol/02 §6). */
export function deriveKeys(sharedSecret: Buffer, accumulator: Buffer): SessionKeys {
  const parts: Buffer[] = [];
  for (let i = 1; i <= 5; i++)
    parts.push(
      createHmac('sha1', sharedSecret)
        .update(accumulator)
        .update(Buffer.from([i]))
        .digest(),
    );
  const data = Buffer.concat(parts);
  return {
    data,
    challenge: createHmac('sha1', data.subarray(0, 20)).update(accumulator).digest(),
    sendKey: data.subarray(20, 52),
    recvKey: data.subarray(52, 84),
  };
}
