/**
 * What a user does at spotify.com/pair on their phone for a speaker's login by code: logs in to their account
 * on the pairing page and enters the code the speaker shows (or declines it).
 */
import { httpFetch } from '../../src/core/http.js';

export interface PairingInput {
  /** The pairing page (the device code answer's verification_uri). */
  pairUrl: string;
  userCode: string;
  username: string;
  password: string;
  /** Decline instead of approving. */
  deny?: boolean;
}

/** Resolves with the account that approved; rejects with the page's answer when it refused. */
export async function enterPairingCode(p: PairingInput): Promise<{ username: string }> {
  const form = new URLSearchParams({ user_code: p.userCode, username: p.username, password: p.password });
  if (p.deny) form.set('deny', '1');
  const res = await httpFetch(p.pairUrl.replace(/\?.*$/, ''), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const body = JSON.parse(res.body.toString('utf8') || '{}') as { username?: string; error?: string };
  if (res.status !== 200) throw new Error(`the pairing page refused: ${body.error ?? `HTTP ${res.status}`}`);
  return { username: body.username ?? p.username };
}
