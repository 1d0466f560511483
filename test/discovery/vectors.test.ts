import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DhKeyPair } from '../../src/core/dh.js';
import { openInnerBlob, openOuterBlob } from '../../src/discovery/keys.js';
import { ControllerKey, buildAddUserBlob, encryptInnerBlob } from '../../tools/phone/index.js';
import type { ZeroconfCredentials } from '../../src/discovery/index.js';
import { loadVectors } from '../support/vectors.js';
import { http, startServer } from './support.js';

const v = loadVectors('zeroconf.json');
const hex = (s: string): Buffer => Buffer.from(s, 'hex');

for (const name of ['main', 'leading_zero_shared_secret'] as const) {
  const c = v[name];
  test(`${name}: both sides derive the vector's keys and shared secret (minimal bytes)`, () => {
    const device = new DhKeyPair(hex(c.device_private_key_hex));
    assert.equal(device.publicKey.toString('hex'), c.device_public_key_hex);
    assert.equal(device.publicKey.toString('base64'), c.device_public_key_base64);
    const phone = new ControllerKey(hex(c.controller_private_key_hex));
    assert.equal(phone.publicKey.toString('hex'), c.controller_public_key_hex);
    assert.equal(phone.publicKey.toString('base64'), c.clientKey_base64);
    const s1 = device.sharedSecret(phone.publicKey);
    const s2 = phone.sharedSecret(device.publicKey);
    assert.equal(s1.toString('hex'), c.shared_secret_hex_minimal);
    assert.equal(s1.length, c.shared_secret_len);
    assert.deepEqual(s2, s1);
  });

  test(`${name}: the phone builds the vector's inner and outer blob byte for byte`, () => {
    const inner = encryptInnerBlob(c.device_id, c.username, c.auth_type, hex(c.auth_data_hex));
    assert.equal(inner.toString('hex'), c.inner.aes192_ecb_ciphertext_hex);
    assert.equal(inner.toString('base64'), c.inner.base64_ascii);
    const blob = buildAddUserBlob({
      deviceId: c.device_id,
      userName: c.username,
      authType: c.auth_type,
      authData: hex(c.auth_data_hex),
      sharedSecret: hex(c.shared_secret_hex_minimal),
      iv: hex(c.outer.iv_hex),
    });
    assert.equal(Buffer.from(blob, 'base64').toString('hex'), c.outer.blob_hex);
  });

  test(`${name}: the speaker opens the vector's blob`, () => {
    const inner = openOuterBlob(hex(c.shared_secret_hex_minimal), hex(c.outer.blob_hex));
    assert.equal(inner.toString('hex'), c.inner.aes192_ecb_ciphertext_hex);
    const creds = openInnerBlob(c.device_id, c.username, inner);
    assert.equal(creds.authType, c.auth_type);
    assert.equal(creds.authData.toString('hex'), c.auth_data_hex);
  });

  test(`${name}: addUser over HTTP with the vector's form answers 101 and hands over the credentials`, async () => {
    const got: ZeroconfCredentials[] = [];
    const server = await startServer(
      {
        login: async (cr) => {
          got.push(cr);
          return { username: cr.username };
        },
      },
      { deviceId: c.device_id, keyPair: new DhKeyPair(hex(c.device_private_key_hex)) },
    );
    try {
      const form = c.addUser_form ?? {
        action: 'addUser',
        userName: c.username,
        blob: c.outer.blob_base64,
        clientKey: c.clientKey_base64,
      };
      const r = await http(server.port, 'POST', '/', form);
      assert.equal(r.status, 200);
      assert.deepEqual(r.body, v.main.expected_response_json);
      assert.equal(got.length, 1);
      assert.equal(got[0]!.username, c.username);
      assert.equal(got[0]!.authType, c.auth_type);
      assert.equal(got[0]!.authData.toString('hex'), c.auth_data_hex);
      const info = await http(server.port, 'GET', '/?action=getInfo');
      assert.equal(info.body.activeUser, c.username);
      assert.equal(info.body.publicKey, c.device_public_key_base64);
    } finally {
      await server.stop();
    }
  });
}

test('main: the urlencoded body of the vector is accepted verbatim', async () => {
  const c = v.main;
  const server = await startServer(
    { login: async (cr) => ({ username: cr.username }) },
    { deviceId: c.device_id, keyPair: new DhKeyPair(hex(c.device_private_key_hex)) },
  );
  try {
    const r = await http(server.port, 'POST', '/', c.addUser_body_urlencoded);
    assert.deepEqual(r.body, c.expected_response_json);
  } finally {
    await server.stop();
  }
});

test('bad_mac: answered with status 102 ERROR-MAC, nothing reaches the session', async () => {
  const c = v.main;
  let logins = 0;
  const server = await startServer(
    {
      login: async (cr) => {
        logins++;
        return { username: cr.username };
      },
    },
    { deviceId: c.device_id, keyPair: new DhKeyPair(hex(c.device_private_key_hex)) },
  );
  try {
    const b = v.bad_mac;
    const r = await http(server.port, 'POST', '/', {
      action: 'addUser',
      userName: b.userName,
      blob: b.blob_base64,
      clientKey: b.clientKey_base64,
    });
    assert.equal(r.status, 400);
    assert.deepEqual(r.body, b.expected_response_json);
    assert.equal(logins, 0);
    assert.equal((await http(server.port, 'GET', '/?action=getInfo')).body.activeUser, '');
  } finally {
    await server.stop();
  }
});
