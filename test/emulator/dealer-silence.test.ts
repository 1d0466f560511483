/**
 * The emulated cloud drops a dealer connection whose pings stop, as Spotify's does, and the device leaves the
 * cluster (the app no longer lists a speaker whose link died); a client that keeps pinging stays.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import WebSocket from 'ws';
import { spotify as cs } from '../../src/gen/connect.js';
import type { ConnectCloud, Emulator } from '../../tools/emulator/index.js';
import { emulator, until } from '../ap/helpers.js';

let emu: Emulator;
before(async () => {
  emu = await emulator();
});
after(() => emu.stop());

/**
 * A device on the emulated dealer: its websocket, registered in the cluster with a NEW_DEVICE PUT, and when the
 * socket opened (the server's silence clock starts no later than that).
 */
async function device(deviceId: string, token: string): Promise<{ ws: WebSocket; openedAt: number }> {
  const ws = new WebSocket(`${emu.endpoints.dealer_url}/?access_token=${token}`);
  let openedAt = 0;
  ws.once('open', () => {
    openedAt = Date.now();
  });
  const [first] = (await once(ws, 'message')) as [Buffer];
  const id = (JSON.parse(first.toString()) as { headers: Record<string, string> }).headers['Spotify-Connection-Id']!;
  const body = cs.connectstate.PutStateRequest.encode({
    device: { deviceInfo: { deviceId, name: deviceId.slice(0, 6), canPlay: true } },
    putStateReason: cs.connectstate.PutStateReason.NEW_DEVICE,
  }).finish();
  const res = await fetch(`${emu.endpoints.spclient_url}/connect-state/v1/devices/${deviceId}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'client-token': 'x', 'X-Spotify-Connection-Id': id },
    body,
  });
  assert.equal(res.status, 200);
  return { ws, openedAt };
}

test('a dealer connection that stops pinging is dropped after the silence window; its device leaves', async () => {
  const cloud = emu.services.get('dealer') as ConnectCloud;
  cloud.silenceMs = 1500;
  const user = emu.accounts.list[0]!.username;
  const token = emu.accounts.issueBearer(user, 3600);
  const { ws: silent, openedAt } = await device('a'.repeat(40), token);
  const { ws: pinging } = await device('b'.repeat(40), token);
  const pinger = setInterval(() => pinging.send(JSON.stringify({ type: 'ping' })), 300);
  try {
    const devices = cloud.cluster(user).devices;
    assert.ok(devices.has('a'.repeat(40)) && devices.has('b'.repeat(40)));
    await once(silent, 'close');
    // Measured from the socket's opening: the silent client never sent a frame after it.
    const waited = Date.now() - openedAt;
    assert.ok(waited >= 1400, `dropped only after the window (${waited} ms)`);
    await until(() => !devices.has('a'.repeat(40)), 2000, 'the silent device left the cluster');
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(pinging.readyState, WebSocket.OPEN, 'a pinging client stays connected');
    assert.ok(devices.has('b'.repeat(40)), 'and listed');
  } finally {
    clearInterval(pinger);
    silent.terminate();
    pinging.terminate();
    cloud.silenceMs = 40_000;
  }
});
