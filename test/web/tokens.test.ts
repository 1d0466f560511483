import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createLogger } from '../../src/core/log.js';
import { checkHashcash, startEmulator, type AuthEmulator, type Emulator } from '../../tools/emulator/index.js';
import { spotify as l5 } from '../../src/gen/login5.js';
import { AccessTokens, ClientToken, solveHashcash, trailingZeroBits, type WebEndpoints } from '../../src/web/index.js';
import { sampleCatalog } from '../audio/support.js';
import { loadVectors } from '../support/vectors.js';

const log = createLogger('test');
let emu: Emulator;
let auth: AuthEmulator;
let endpoints: WebEndpoints;
before(async () => {
  emu = await startEmulator({ catalog: sampleCatalog() });
  auth = emu.services.get('auth') as AuthEmulator;
  endpoints = {
    clientId: '65b708073fc0480ea92a077233ca87bd',
    clientVersion: '1.2.52.442',
    login5Url: emu.endpoints.login5!,
    clientTokenUrl: emu.endpoints.clienttoken!,
  };
});
after(() => emu.stop());

test('hashcash: every login5 vector and the client-token flavour', () => {
  const v = loadVectors('login5_hashcash.json');
  const ctx = Buffer.from(v.login_context_hex, 'hex');
  const prefix = Buffer.from(v.prefix_hex, 'hex');
  for (const s of v.solutions) {
    const r = solveHashcash(ctx, prefix, s.length);
    assert.equal(r.suffix.toString('hex'), s.suffix_hex, `length ${s.length}`);
    assert.equal(r.iterations - 1, s.counter);
    assert.equal(trailingZeroBits(createHash('sha1').update(prefix).update(r.suffix).digest()), s.trailing_zero_bits);
  }
  const c = v.clienttoken_flavour;
  const r = solveHashcash(Buffer.alloc(0), Buffer.from(c.prefix_text, 'hex'), c.length);
  assert.equal(r.suffix.toString('hex').toUpperCase(), c.suffix_text_uppercase_hex);
  assert.equal(checkHashcash(Buffer.from(c.prefix_text, 'hex'), r.suffix, c.length), true);
  r.suffix[15]! ^= 1;
  assert.equal(checkHashcash(Buffer.from(c.prefix_text, 'hex'), r.suffix, c.length), false);
});

test('login5 vector messages decode as docs/protocol/03 describes', () => {
  const m = loadVectors('login5_hashcash.json').login5_messages;
  const L5 = l5.login5.v3;
  const first = L5.LoginRequest.decode(Buffer.from(m.first_LoginRequest_hex, 'hex'));
  assert.equal(first.clientInfo?.clientId, '65b708073fc0480ea92a077233ca87bd');
  assert.equal(first.storedCredential?.username, 'spotlet-test-user');
  const challenge = L5.LoginResponse.decode(Buffer.from(m.challenge_LoginResponse_hex, 'hex'));
  assert.equal(challenge.challenges?.challenges?.[0]?.hashcash?.length, 10);
  const second = L5.LoginRequest.decode(Buffer.from(m.second_LoginRequest_hex, 'hex'));
  const suffix = Buffer.from(second.challengeSolutions!.solutions![0]!.hashcash!.suffix!);
  assert.equal(checkHashcash(Buffer.from(challenge.challenges!.challenges![0]!.hashcash!.prefix!), suffix, 10), true);
  // Re-encoding what we decoded gives the same bytes (field numbers and types agree with docs/protocol/03).
  assert.equal(Buffer.from(L5.LoginRequest.encode(first).finish()).toString('hex'), m.first_LoginRequest_hex);
  const ok = L5.LoginResponse.decode(Buffer.from(m.ok_LoginResponse_hex, 'hex'));
  assert.equal(ok.ok?.username, 'spotlet-test-user');
});

// Spotify as the reference clients meet it (no challenge), and each challenge it is seen to make at times.
for (const variant of [
  { clientTokenChallenge: false, login5Challenge: false },
  { clientTokenChallenge: true, login5Challenge: false },
  { clientTokenChallenge: false, login5Challenge: true },
  { clientTokenChallenge: true, login5Challenge: true },
]) {
  test(`client-token and login5 give a bearer token the emulator accepts, cached (${JSON.stringify(variant)})`, async () => {
    const account = emu.accounts.list[0]!;
    Object.assign(auth.options, variant);
    try {
      const ct = new ClientToken(endpoints, 'a'.repeat(40));
      const tokens = new AccessTokens(
        endpoints,
        'a'.repeat(40),
        () => ({ username: account.username, data: account.storedCredential }),
        ct,
        log,
      );
      const before = { ...auth.stats };
      const t1 = await tokens.get();
      assert.equal(emu.accounts.byBearer(t1)?.username, account.username);
      assert.equal(await tokens.get(), t1, 'cached');
      assert.equal(auth.stats.logins - before.logins, 1);
      assert.equal(auth.stats.challenges - before.challenges, variant.login5Challenge ? 1 : 0);
      assert.equal(auth.stats.clientTokens - before.clientTokens, 1);
      assert.equal(auth.stats.withoutClientToken - before.withoutClientToken, 0, 'login5 got the client token');
    } finally {
      Object.assign(auth.options, { clientTokenChallenge: false, login5Challenge: false });
    }
  });
}

test('an expiring token is refreshed; revoked credentials are a typed login5 error', async () => {
  const account = emu.accounts.list[0]!;
  auth.options.tokenTtlS = 11; // treated as expired 10 s early: valid for ~1 s
  try {
    const tokens = new AccessTokens(
      endpoints,
      'b'.repeat(40),
      () => ({ username: account.username, data: account.storedCredential }),
      new ClientToken(endpoints, 'b'.repeat(40)),
      log,
    );
    const t1 = await tokens.get();
    await new Promise((r) => setTimeout(r, 1100));
    const t2 = await tokens.get();
    assert.notEqual(t2, t1);
    assert.equal(emu.accounts.byBearer(t2)?.username, account.username);
  } finally {
    auth.options.tokenTtlS = 3600;
  }
  const bad = new AccessTokens(
    endpoints,
    'c'.repeat(40),
    () => ({ username: account.username, data: Buffer.from('forged') }),
    new ClientToken(endpoints, 'c'.repeat(40)),
    log,
  );
  await assert.rejects(
    () => bad.get(),
    (e: { code?: string; protocolCode?: number }) => e.code === 'ERR_LOGIN5' && e.protocolCode === 1,
  );
});
