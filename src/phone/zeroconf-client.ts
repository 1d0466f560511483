/** The phone's HTTP side of zeroconf: getInfo and addUser against a speaker's CPath URL. */
import { request } from 'node:http';
import { buildAddUserBlob, ControllerKey } from './credentials-blob.js';

export interface ZeroconfReply {
  httpStatus: number;
  body: Record<string, unknown>;
}

function call(url: URL, method: 'GET' | 'POST', form?: URLSearchParams): Promise<ZeroconfReply> {
  const body = form ? Buffer.from(form.toString()) : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        timeout: 10_000,
        headers: body ? { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': body.length } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ httpStatus: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
          } catch {
            reject(new Error(`speaker answered HTTP ${res.statusCode} with a body that is not JSON`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('speaker did not answer within 10 s')));
    req.on('error', reject);
    req.end(body);
  });
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
