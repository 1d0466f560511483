/** The phone's HTTP side of zeroconf: getInfo and addUser against a speaker's CPath URL. */
import { httpFetch } from '../../src/core/http.js';
import { buildAddUserBlob, ControllerKey } from './credentials-blob.js';

export interface ZeroconfReply {
  httpStatus: number;
  body: Record<string, unknown>;
}

async function call(url: URL, method: 'GET' | 'POST', form?: URLSearchParams): Promise<ZeroconfReply> {
  const res = await httpFetch(url.toString(), {
    method,
    timeoutMs: 10_000,
    ...(form ? { body: form.toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } } : {}),
  });
  const text = res.body.toString('utf8');
  try {
    return { httpStatus: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  } catch {
    throw new Error(`speaker answered HTTP ${res.status} with a body that is not JSON`);
  }
}

export async function getInfo(speakerUrl: string): Promise<ZeroconfReply> {
  const url = new URL(speakerUrl);
  url.searchParams.set('action', 'getInfo');
  return call(url, 'GET');
}

export interface LoginInput {
  userName: string;
  /** 0 = user/password, 1 = stored Spotify credentials. */
  authType: number;
  authData: Buffer;
  /** The phone's own name (the speaker logs it). */
  deviceName?: string;
}

export interface LoginResult {
  addUser: ZeroconfReply;
  /** `activeUser` read back with getInfo after addUser. */
  activeUser: string;
}

/** getInfo → DH → blob → addUser → getInfo, as a phone does. */
export async function loginToSpeaker(speakerUrl: string, input: LoginInput): Promise<LoginResult> {
  const info = await getInfo(speakerUrl);
  const { publicKey, deviceID } = info.body;
  if (info.body.status !== 101 || typeof publicKey !== 'string' || typeof deviceID !== 'string') {
    throw new Error(`getInfo failed: HTTP ${info.httpStatus} ${JSON.stringify(info.body).slice(0, 200)}`);
  }
  const key = new ControllerKey();
  const blob = buildAddUserBlob({
    deviceId: deviceID,
    userName: input.userName,
    authType: input.authType,
    authData: input.authData,
    sharedSecret: key.sharedSecret(Buffer.from(publicKey, 'base64')),
  });
  const form = new URLSearchParams({
    action: 'addUser',
    userName: input.userName,
    blob,
    clientKey: key.publicKey.toString('base64'),
    tokenType: 'default',
    deviceName: input.deviceName ?? 'spotlet-phone',
    version: '2.7.1',
    loginId: input.userName,
  });
  const addUser = await call(new URL(speakerUrl), 'POST', form);
  const after = await getInfo(speakerUrl);
  return { addUser, activeUser: String(after.body.activeUser ?? '') };
}
