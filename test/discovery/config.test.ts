import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/core/config.js';
import { configSections } from '../../src/speaker/index.js';

test('--zeroconf-port and a repeatable --interface flag, over the file and the environment', () => {
  const { config } = loadConfig(configSections, {
    argv: ['--zeroconf-port', '4070', '--interface', 'eth0', '--interface=wlan0'],
    env: { SPOTLET_ZEROCONF_INTERFACES: 'usb0' },
    fileText: '[zeroconf]\ninterfaces = br0\nport = 1234\n',
  });
  assert.equal(config.zeroconf.port, 4070);
  assert.deepEqual(config.zeroconf.interfaces, ['eth0', 'wlan0']);
});

test('defaults: any port, every interface', () => {
  const { config } = loadConfig(configSections, { argv: [], env: {} });
  assert.equal(config.zeroconf.port, 0);
  assert.deepEqual(config.zeroconf.interfaces, []);
});

test('a bad zeroconf value names the key, the value and what is allowed', () => {
  assert.throws(
    () => loadConfig(configSections, { argv: ['--zeroconf-port', '70000'], env: {} }),
    /zeroconf\.port.*"70000".*0 to 65535/,
  );
  const { problems, config } = loadConfig(configSections, {
    argv: [],
    env: {},
    fileText: '[zeroconf]\ninterfaces = eth0, bad name!\n',
  });
  assert.match(problems[0]!.message, /zeroconf\.interfaces/);
  assert.deepEqual(config.zeroconf.interfaces, []);
});
