import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig, parseConfigText } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { configSections } from '../../src/speaker/index.js';

test('defaults need no file, flag or environment', () => {
  const { config, problems } = loadConfig(configSections, { env: {} });
  assert.equal(config[''].name, 'Spotlet');
  assert.equal(config.spotify.apresolve_url, 'https://apresolve.spotify.com/');
  assert.deepEqual(problems, []);
});

test('file < environment < flags', () => {
  const fileText =
    'name = From File\n[spotify]\nap = file.example:4070\nclient_id = "0123456789abcdef0123456789abcdef"  # quoted\n';
  const { config } = loadConfig(configSections, {
    env: { SPOTLET_NAME: 'From Env', SPOTLET_SPOTIFY_AP: 'env.example:443' },
    argv: ['--name', 'From Flag'],
    fileText,
  });
  assert.equal(config[''].name, 'From Flag');
  assert.equal(config.spotify.ap, 'env.example:443');
  assert.equal(config.spotify.client_id, '0123456789abcdef0123456789abcdef');
});

test('a bad flag value names the key, the value and what is allowed', () => {
  assert.throws(
    () => loadConfig(configSections, { env: {}, argv: ['--set', 'spotify.client_id=xyz'] }),
    (err: unknown) =>
      err instanceof ConfigError &&
      /spotify\.client_id/.test(err.message) &&
      /"xyz"/.test(err.message) &&
      /32 hex digits/.test(err.message),
  );
  assert.throws(() => loadConfig(configSections, { env: {}, argv: ['--bogus'] }), /unknown flag --bogus/);
  assert.throws(
    () => loadConfig(configSections, { env: { SPOTLET_LOG_LEVEL: 'loud' } }),
    /log_level.*one of debug, info, warn, error/,
  );
});

test('problems in the file keep defaults and are reported, never thrown', () => {
  const fileText = 'name = Kitchen\nthis line is junk\n[spotify]\nap = not a host\nunknown_key = 1\n';
  const { config, problems } = loadConfig(configSections, { env: {}, fileText });
  assert.equal(config[''].name, 'Kitchen');
  assert.equal(config.spotify.ap, '');
  assert.equal(problems.length, 3);
  assert.match(problems.map((p) => p.message).join('\n'), /line 2/);
  assert.match(problems.map((p) => p.message).join('\n'), /spotify\.ap: invalid value "not a host"/);
  assert.match(problems.map((p) => p.message).join('\n'), /spotify\.unknown_key: unknown key/);
});

test('an unreadable config file is a problem, not a crash', () => {
  const { problems } = loadConfig(configSections, { env: {}, argv: ['--config', '/nonexistent/spotlet.conf'] });
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /could not be read/);
});

test('INI parsing: comments, CRLF, BOM, sections, quoted values', () => {
  const { entries, problems } = parseConfigText(
    '\uFEFF# c\r\n; c\r\nname = "A # B"\r\n[Audio]\r\ndevice = hw:0 # trailing\r\n',
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(
    entries.map((e) => [e.key, e.value]),
    [
      ['name', 'A # B'],
      ['audio.device', 'hw:0'],
    ],
  );
});
