/**
 * The Login packet (0xab ClientResponseEncrypted), its answers (0xac APWelcome, 0xad APLoginFailed) and the
 * ProductInfo XML (docs/protocol/03 §2, §3, §6). Encoders and decoders for both ends.
 */
import type { spotify } from '../gen/ap.js';
import { apMessages } from './messages.js';
import { ApConnectionError } from './errors.js';
import { errorMessage } from '../core/errors.js';

/** What the AP login needs: a username (optional for tokens), the AuthenticationType and its bytes. */
export interface Credentials {
  username?: string;
  authType: number;
  authData: Buffer;
}

/** Who is logging in: sent in SystemInfo and as the version string. */
export interface ClientIdentity {
  deviceId: string;
  versionString: string;
  systemInformation: string;
}

/** APWelcome's essentials: the canonical username and the reusable credentials that replace the login's. */
export interface Welcome {
  username: string;
  authType: number;
  authData: Buffer;
}

function cpuFamily(arch: string = process.arch): number {
  const pb = apMessages();
  if (arch === 'arm' || arch === 'arm64') return pb.CpuFamily.CPU_ARM;
  if (arch === 'x64') return pb.CpuFamily.CPU_X86_64;
  if (arch === 'ia32') return pb.CpuFamily.CPU_X86;
  return pb.CpuFamily.CPU_UNKNOWN;
}

export function loginPayload(creds: Credentials, id: ClientIdentity, arch?: string): Buffer {
  const pb = apMessages();
  return Buffer.from(
    pb.ClientResponseEncrypted.encode({
      loginCredentials: {
        ...(creds.username ? { username: creds.username } : {}),
        typ: creds.authType,
        authData: creds.authData,
      },
      systemInfo: {
        cpuFamily: cpuFamily(arch),
        os: pb.Os.OS_LINUX,
        systemInformationString: id.systemInformation,
        deviceId: id.deviceId,
      },
      versionString: id.versionString,
    }).finish(),
  );
}

/** Emulator side: the credentials and device id a Login packet carries. */
export function parseLoginPayload(payload: Buffer): Credentials & { deviceId: string; versionString: string } {
  const m = apMessages().ClientResponseEncrypted.decode(payload);
  return {
    ...(m.loginCredentials.username ? { username: m.loginCredentials.username } : {}),
    authType: m.loginCredentials.typ,
    authData: Buffer.from(m.loginCredentials.authData ?? []),
    deviceId: m.systemInfo.deviceId ?? '',
    versionString: m.versionString ?? '',
  };
}

export function apWelcomePayload(w: Welcome): Buffer {
  const pb = apMessages();
  return Buffer.from(
    pb.APWelcome.encode({
      canonicalUsername: w.username,
      accountTypeLoggedIn: pb.AccountType.Spotify,
      credentialsTypeLoggedIn: pb.AccountType.Spotify,
      reusableAuthCredentialsType: w.authType,
      reusableAuthCredentials: w.authData,
    }).finish(),
  );
}

export function parseApWelcome(payload: Buffer): Welcome {
  let m: spotify.ap.APWelcome;
  try {
    m = apMessages().APWelcome.decode(payload);
  } catch (err) {
    throw new ApConnectionError('ERR_AP_PROTOCOL', `malformed APWelcome: ${errorMessage(err)}`, { cause: err });
  }
  if (!m.canonicalUsername || !m.reusableAuthCredentials?.length)
    throw new ApConnectionError('ERR_AP_PROTOCOL', 'APWelcome without username or reusable credentials');
  return {
    username: m.canonicalUsername,
    authType: m.reusableAuthCredentialsType,
    authData: Buffer.from(m.reusableAuthCredentials),
  };
}

export function apLoginFailedPayload(errorCode: number, description?: string): Buffer {
  const pb = apMessages();
  return Buffer.from(
    pb.APLoginFailed.encode({ errorCode, ...(description ? { errorDescription: description } : {}) }).finish(),
  );
}

export function parseApLoginFailed(payload: Buffer): { errorCode: number; description: string } {
  try {
    const m = apMessages().APLoginFailed.decode(payload);
    return { errorCode: m.errorCode, description: m.errorDescription ?? '' };
  } catch (err) {
    throw new ApConnectionError('ERR_AP_PROTOCOL', `malformed APLoginFailed: ${errorMessage(err)}`, {
      cause: err,
    });
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** ProductInfo XML → the leaf elements of its `<product>` as a flat map (like librespot). */
export function parseProductInfo(xml: string): Record<string, string> {
  const product = /<product>([\s\S]*?)<\/product>/.exec(xml)?.[1] ?? '';
  const out: Record<string, string> = {};
  for (const m of product.matchAll(/<([A-Za-z0-9_.-]+)>([^<]*)<\/\1>/g)) {
    out[m[1]!] = m[2]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
  }
  return out;
}

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => `&${Object.entries(ENTITIES).find(([, v]) => v === c)![0]};`);

/** Emulator side: ProductInfo XML from attributes. */
export function productInfoXml(attributes: Record<string, string>): string {
  const body = Object.entries(attributes)
    .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><products><product>${body}</product></products>`;
}
