/**
 * Known-answer vectors (test/fixtures/vectors, explained in docs/protocol) for the AP layers, from the client side and
 * the emulator side.
 */
import { DhKeyPair } from '../../src/core/dh.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey, randomBytes } from 'node:crypto';
import {
  CMD,
  MercuryAssembler,
  ShannonCodec,
  aesKeyErrorPayload,
  aesKeyPayload,
  apResponsePacket,
  apWelcomePayload,
  audioKeyRequestPayload,
  clientHelloPacket,
  clientResponsePacket,
  deriveKeys,
  encodeMercuryHeader,
  loginFailedPlaintextPacket,
  loginPayload,
  parseApResponse,
  parseApWelcome,
  parseAudioKeyRequest,
  parseClientHello,
  parseClientResponse,
  parseLoginPayload,
  parsePlaintextLoginFailure,
  splitMercuryMessage,
  loadApMessages,
} from '../../src/protocol/index.js';
import { decodeMercuryFrame, encodeMercuryFrame } from '../../src/protocol/mercury.js';
import { ShannonCipher, ShannonMacError } from '../../src/protocol/shannon.js';
import { loadApPublicKey, rsaPublicKeyFromModulus, verifyGsSignature } from '../../src/ap/ap-key.js';
import { AudioKeyClient } from '../../src/ap/audio-key.js';
import { MercuryClient } from '../../src/ap/mercury.js';
import { signGs } from '../../tools/emulator/index.js';
import { createLogger } from '../../src/core/log.js';
import { loadVectors } from '../support/vectors.js';

// These tests speak the protocol themselves, without a session or the emulator to load its messages.
await loadApMessages();

const hex = (s: string): Buffer => Buffer.from(s, 'hex');
const hs = loadVectors('handshake.json');
const ft = hs.full_transcript;
const log = createLogger('test');

test('handshake (simple): key derivation from a fixed secret', () => {
  const k = deriveKeys(hex(hs.simple.shared_secret_hex), hex(hs.simple.accumulated_packets_hex));
  assert.equal(k.data.toString('hex'), hs.simple.derived_100_bytes_hex);
  assert.equal(k.challenge.toString('hex'), hs.simple.challenge_hmac_hex);
  assert.equal(k.sendKey.toString('hex'), hs.simple.send_key_hex);
  assert.equal(k.recvKey.toString('hex'), hs.simple.recv_key_hex);
});

test('handshake (full transcript), client side: every byte and the signature check', () => {
  const dh = new DhKeyPair(hex(ft.client_dh_private_hex));
  assert.equal(dh.publicKey.toString('hex'), ft.gc_hex);
  const hello = clientHelloPacket(dh.publicKey, hex(ft.client_nonce_hex), { version: 124200290, platform: 17 });
  assert.equal(hello.toString('hex'), ft.client_hello_packet_hex);
  const challenge = parseApResponse(hex(ft.ap_response_packet_hex));
  assert.ok(!('loginFailed' in challenge));
  assert.equal(challenge.gs.toString('hex'), ft.gs_hex);
  assert.equal(challenge.serverNonce.toString('hex'), ft.server_nonce_hex);
  const testKey = rsaPublicKeyFromModulus(ft.test_rsa_public_modulus_hex);
  assert.equal(verifyGsSignature(testKey, challenge.gs, challenge.gsSignature), true);
  // The default (Spotify's) key must not accept the test signature.
  assert.equal(verifyGsSignature(loadApPublicKey(''), challenge.gs, challenge.gsSignature), false);
  const shared = dh.sharedSecret(challenge.gs);
  assert.equal(shared.toString('hex'), ft.shared_secret_hex);
  const accumulator = Buffer.concat([hello, hex(ft.ap_response_packet_hex)]);
  assert.equal(accumulator.toString('hex'), ft.accumulator_hex);
  const k = deriveKeys(shared, accumulator);
  assert.equal(k.data.toString('hex'), ft.derived_100_bytes_hex);
  assert.equal(k.challenge.toString('hex'), ft.challenge_hmac_hex);
  assert.equal(k.sendKey.toString('hex'), ft.send_key_hex);
  assert.equal(k.recvKey.toString('hex'), ft.recv_key_hex);
  assert.equal(clientResponsePacket(k.challenge).toString('hex'), ft.client_response_plaintext_packet_hex);

  // Encrypted phase: Login at send nonce 0, APWelcome + Ping at recv nonces 0 and 1, Pong at send nonce 1.
  const codec = new ShannonCodec(k.sendKey, k.recvKey);
  const login = parseLoginPayload(hex(ft.login_packet.payload_client_response_encrypted_hex));
  const payload = loginPayload(
    login,
    { deviceId: login.deviceId, versionString: 'spotlet 0.1.0', systemInformation: 'spotlet-0.1.0' },
    'arm64',
  );
  assert.equal(payload.toString('hex'), ft.login_packet.payload_client_response_encrypted_hex);
  assert.equal(codec.encode(CMD.Login, payload).toString('hex'), ft.login_packet.wire_hex);
  const wire = Buffer.concat([hex(ft.ap_welcome_packet.wire_hex), hex(ft.ping_packet.wire_hex)]);
  // Fed in awkward pieces, as TCP may deliver them.
  const packets = [
    ...codec.decode(wire.subarray(0, 2)),
    ...codec.decode(wire.subarray(2, 200)),
    ...codec.decode(wire.subarray(200)),
  ];
  assert.deepEqual(
    packets.map((p) => p.cmd),
    [CMD.APWelcome, CMD.Ping],
  );
  assert.equal(packets[0]!.payload.toString('hex'), ft.ap_welcome_packet.payload_ap_welcome_hex);
  assert.equal(packets[1]!.payload.toString('hex'), ft.ping_packet.payload_hex);
  const welcome = parseApWelcome(packets[0]!.payload);
  assert.equal(welcome.username, 'spotlet-test-user');
  assert.equal(welcome.authType, 1);
  assert.equal(codec.encode(CMD.Pong, hex(ft.pong_packet.payload_hex)).toString('hex'), ft.pong_packet.wire_hex);
});

test('handshake: a flipped bit in gs or in the signature fails the check', () => {
  const key = rsaPublicKeyFromModulus(ft.test_rsa_public_modulus_hex);
  const gs = hex(ft.gs_hex);
  const sig = hex(ft.gs_signature_hex);
  for (const [buf, bit] of [
    [gs, 0],
    [gs, 400],
    [sig, 7],
    [sig, 2040],
  ] as const) {
    const copy = Buffer.from(buf);
    copy[bit >> 3]! ^= 1 << (bit & 7);
    assert.equal(
      buf === gs ? verifyGsSignature(key, copy, sig) : verifyGsSignature(key, gs, copy),
      false,
      `bit ${bit}`,
    );
  }
});

test('handshake (full transcript), emulator side: parse ClientHello, build the signed APResponse, decrypt Login', () => {
  const hello = parseClientHello(hex(ft.client_hello_packet_hex));
  assert.equal(hello.gc.toString('hex'), ft.gc_hex);
  assert.equal(hello.clientNonce.toString('hex'), ft.client_nonce_hex);
  assert.deepEqual(hello.build, { version: 124200290, platform: 17 });
  const dh = new DhKeyPair(hex(ft.server_dh_private_hex));
  assert.equal(dh.publicKey.toString('hex'), ft.gs_hex);
  const sig = signGs(createPrivateKey(ft.test_rsa_private_key_pem), dh.publicKey);
  assert.equal(sig.toString('hex'), ft.gs_signature_hex);
  const response = apResponsePacket(dh.publicKey, sig, hex(ft.server_nonce_hex));
  assert.equal(response.toString('hex'), ft.ap_response_packet_hex);
  const k = deriveKeys(dh.sharedSecret(hello.gc), Buffer.concat([hex(ft.client_hello_packet_hex), response]));
  assert.equal(
    parseClientResponse(hex(ft.client_response_plaintext_packet_hex)).toString('hex'),
    k.challenge.toString('hex'),
  );
  const server = new ShannonCodec(k.recvKey, k.sendKey);
  const [login] = server.decode(hex(ft.login_packet.wire_hex));
  assert.equal(login!.cmd, CMD.Login);
  assert.equal(parseLoginPayload(login!.payload).username, 'spotlet-test-user');
  const welcome = parseApWelcome(hex(ft.ap_welcome_packet.payload_ap_welcome_hex));
  assert.equal(apWelcomePayload(welcome).toString('hex'), ft.ap_welcome_packet.payload_ap_welcome_hex);
  assert.equal(server.encode(CMD.APWelcome, apWelcomePayload(welcome)).toString('hex'), ft.ap_welcome_packet.wire_hex);
  assert.equal(server.encode(CMD.Ping, hex(ft.ping_packet.payload_hex)).toString('hex'), ft.ping_packet.wire_hex);
  assert.deepEqual(
    server.decode(hex(ft.pong_packet.wire_hex)).map((p) => p.payload.toString('hex')),
    [ft.pong_packet.payload_hex],
  );
  // The plaintext login failure, both ways.
  assert.equal(loginFailedPlaintextPacket(12).toString('hex'), ft.plaintext_login_failure_example.packet_hex);
  assert.deepEqual(parsePlaintextLoginFailure(hex(ft.plaintext_login_failure_example.packet_hex)), {
    errorCode: 12,
    description: '',
  });
  assert.equal(parsePlaintextLoginFailure(hex(ft.login_packet.wire_hex)), undefined);
});

test('shannon: every vector encrypts and decrypts (also split after 3 bytes), MAC included', () => {
  const v = loadVectors('shannon.json');
  for (const c of v.cases) {
    const enc = new ShannonCipher(hex(c.key_hex));
    enc.nonce(c.nonce_u32);
    const buf = hex(c.plaintext_hex);
    enc.encrypt(buf);
    const mac = Buffer.alloc(4);
    enc.finish(mac);
    assert.equal(buf.toString('hex'), c.ciphertext_hex, `ciphertext, ${buf.length} bytes, nonce ${c.nonce_u32}`);
    assert.equal(mac.toString('hex'), c.mac_hex);
    const dec = new ShannonCipher(hex(c.key_hex));
    dec.nonce(c.nonce_u32);
    const split = Math.min(3, buf.length);
    dec.decrypt(buf, 0, split);
    dec.decrypt(buf, split);
    dec.finish(mac);
    assert.equal(buf.toString('hex'), c.plaintext_hex);
    assert.equal(mac.toString('hex'), c.mac_hex);
  }
  const p = v.packet_example;
  const c = new ShannonCipher(hex(p.key_hex));
  c.nonce(p.nonce_u32);
  const frame = hex(p.plain_frame_hex);
  const out = Buffer.alloc(frame.length + 4);
  frame.copy(out);
  c.encrypt(out, 0, frame.length);
  c.finish(out, frame.length);
  assert.equal(out.toString('hex'), p.wire_hex);
});

test('shannon codec: 1 000 corrupted frames never yield a packet', () => {
  const key = randomBytes(32);
  let macErrors = 0;
  for (let i = 0; i < 1000; i++) {
    const sender = new ShannonCodec(key, key);
    const wire = sender.encode(CMD.MercuryEvent, randomBytes(i % 300));
    const bit = Math.floor(Math.random() * wire.length * 8);
    wire[bit >> 3]! ^= 1 << (bit & 7);
    const receiver = new ShannonCodec(key, key);
    try {
      // A corrupted length may make the receiver wait for more bytes; it must never hand out a packet.
      assert.deepEqual(receiver.decode(wire), []);
    } catch (err) {
      assert.ok(err instanceof ShannonMacError, String(err));
      assert.equal((err as ShannonMacError).code, 'ERR_AP_MAC');
      macErrors++;
      assert.throws(() => receiver.decode(Buffer.alloc(10)), ShannonMacError, 'a failed codec stays failed');
    }
  }
  assert.ok(macErrors > 500, `${macErrors} MAC errors`);
});

test('mercury: GET request bytes, split response reassembly (client and emulator side)', async () => {
  const v = loadVectors('mercury.json');
  const header = decodeMercuryFrame(hex(v.request_get.payload_hex)).parts[0]!;
  assert.equal(header.toString('hex'), v.request_get.header_protobuf_hex);
  const uri =
    'hm://keymaster/token/authenticated?scope=playlist-read&client_id=65b708073fc0480ea92a077233ca87bd&device_id=abc';
  assert.equal(encodeMercuryHeader({ uri, method: 'GET' }).toString('hex'), v.request_get.header_protobuf_hex);
  assert.equal(
    encodeMercuryFrame({ seq: Buffer.alloc(8), flags: 1, parts: [header] }).toString('hex'),
    v.request_get.payload_hex,
  );

  const sent: { cmd: number; payload: Buffer }[] = [];
  const client = new MercuryClient((cmd, payload) => void sent.push({ cmd, payload }), log, 1_000);
  const pending = client.request({ uri });
  assert.equal(sent[0]!.cmd, CMD.MercuryReq);
  assert.equal(sent[0]!.payload.toString('hex'), v.request_get.payload_hex);
  client.handle(CMD.MercuryReq, hex(v.response_split.packet1_payload_hex));
  client.handle(CMD.MercuryReq, hex(v.response_split.packet2_payload_hex));
  const res = await pending;
  assert.equal(res.statusCode, 200);
  assert.equal(res.header.uri, uri);
  assert.deepEqual(
    res.payload.map((b) => b.toString('hex')),
    [v.response_split.reassembled_parts[1]],
  );

  // Emulator side: the assembler gives the same parts, and splitting + reassembling round-trips.
  const asm = new MercuryAssembler();
  assert.equal(asm.push(hex(v.response_split.packet1_payload_hex)), undefined);
  const whole = asm.push(hex(v.response_split.packet2_payload_hex))!;
  assert.equal(whole.body[0]!.toString('hex'), v.response_split.reassembled_parts[1]);
  const parts = v.response_split.reassembled_parts.map(hex);
  for (const max of [40, 145, 1000]) {
    const frames = splitMercuryMessage(Buffer.alloc(8), parts, max);
    assert.ok(frames.every((f) => f.length <= max));
    const a = new MercuryAssembler();
    const msgs = frames.map((f) => a.push(f)).filter(Boolean);
    assert.equal(msgs.length, 1);
    assert.equal(msgs[0]!.body[0]!.toString('hex'), v.response_split.reassembled_parts[1]);
  }
  const exact = splitMercuryMessage(Buffer.alloc(8), parts, 145);
  assert.deepEqual(
    exact.map((f) => f.toString('hex')),
    [v.response_split.packet1_payload_hex, v.response_split.packet2_payload_hex],
  );
});

test('audio key: request bytes, AesKey and AesKeyError (client and emulator side)', async () => {
  const v = loadVectors('audio_key.json');
  const fileId = hex(v.request.file_id_hex);
  const gid = hex(v.request.gid_hex);
  assert.equal(audioKeyRequestPayload(fileId, gid, 7).toString('hex'), v.request.payload_hex);
  assert.deepEqual(parseAudioKeyRequest(hex(v.request.payload_hex)), { fileId, gid, seq: 7 });
  assert.equal(aesKeyPayload(7, hex(v.response_ok.key_hex)).toString('hex'), v.response_ok.payload_hex);
  assert.equal(aesKeyErrorPayload(7, 1).toString('hex'), v.response_error.payload_hex);

  const sent: Buffer[] = [];
  const client = new AudioKeyClient(
    (cmd, p) => {
      assert.equal(cmd, CMD.RequestKey);
      sent.push(p);
    },
    log,
    1_000,
  );
  const requests = Array.from({ length: 9 }, () => client.request(gid, fileId));
  for (const r of requests) r.catch(() => {});
  assert.equal(sent[7]!.toString('hex'), v.request.payload_hex);
  client.handle(CMD.AesKey, hex(v.response_ok.payload_hex));
  assert.equal((await requests[7]!).toString('hex'), v.response_ok.key_hex);
  client.handle(CMD.AesKeyError, aesKeyErrorPayload(8, 1));
  await assert.rejects(
    requests[8]!,
    (e: Error & { code?: string; protocolCode?: number }) => e.code === 'ERR_AUDIO_KEY_REFUSED' && e.protocolCode === 1,
  );
  client.failAll(new Error('closed'));
  await assert.rejects(requests[0]!, /closed/);
});
