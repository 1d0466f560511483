import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  alsaDeviceFor,
  BoardIO,
  boardSection,
  checkPins,
  decryptBthome,
  detectBoard,
  detectHat,
  GestureRecognizer,
  LED_PATTERNS,
  loadProfiles,
  parseBthome,
  PROFILE_DIR,
  readDetectionInput,
  simulatedDriver,
  sysfsGpioNumber,
  type BoardConfig,
  type Clock,
  type GpioDriver,
} from '../../src/board/index.js';
import { createLogger, setLogSink } from '../../src/core/log.js';
import { Supervisor } from '../../src/supervisor/index.js';

const log = createLogger('test');

/** A manual clock: timers fire only when the test advances time. */
class FakeClock implements Clock {
  t = 0;
  #timers = new Map<number, { at: number; fn: () => void }>();
  get pending(): number {
    return this.#timers.size;
  }
  #next = 1;
  now = (): number => this.t;
  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.#next++;
    this.#timers.set(id, { at: this.t + ms, fn });
    return id;
  };
  clearTimeout = (h: unknown): void => void this.#timers.delete(h as number);
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = [...this.#timers.entries()].filter(([, x]) => x.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
    }
    this.t = end;
  }
}

test('every profile in board/ validates; a broken one names its file and field', () => {
  const p = loadProfiles();
  assert.ok(p.boards.size >= 5 && p.hats.size >= 11);
  assert.equal(p.hats.get('pirate-audio')?.buttons.length, 4);
  assert.equal(p.boards.get('pi5')?.supported, false);
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-board-'));
  cpSync(PROFILE_DIR, dir, { recursive: true });
  writeFileSync(
    join(dir, 'hats', 'broken.json'),
    JSON.stringify({ ...p.hats.get('usb-dac'), id: 'broken', pins: [99] }),
  );
  assert.throws(() => loadProfiles(dir), /hats\/broken\.json: field "pins"/);
});

test('pin conflicts and pins off the header are refused with a clear message', () => {
  const p = loadProfiles();
  const board = p.boards.get('pi4b')!;
  const hat = p.hats.get('hifiberry-dacplus')!;
  assert.throws(
    () => checkPins(board, hat, [{ what: 'button GPIO 18', pin: 18 }]),
    /GPIO 18, which the HiFiBerry DAC\+ \(PCM5122\) uses/,
  );
  assert.throws(
    () =>
      checkPins(board, hat, [
        { what: 'a', pin: 17 },
        { what: 'b', pin: 17 },
      ]),
    /both on GPIO 17/,
  );
  assert.throws(() => checkPins(board, hat, [{ what: 'LED', pin: 40 }]), /not on the Raspberry Pi 4/);
  checkPins(board, p.hats.get('pirate-audio'), [{ what: 'button A', pin: 5 }]); // the hat's own buttons are fine
});

test('hat detection from the HAT EEPROM and from ALSA cards gives the device to play on', () => {
  const { hats } = loadProfiles();
  const cards =
    ' 0 [sndrpihifiberry]: RPi-simple - snd_rpi_hifiberry_dacplus\n                      snd_rpi_hifiberry_dacplus\n';
  assert.equal(detectHat(hats, { cards, hatProduct: '' })?.alsaCards[0], 'sndrpihifiberry');
  assert.equal(detectHat(hats, { cards: '', hatProduct: 'IQaudIO DAC+' })?.id, 'iqaudio-dacplus');
  const usb = ' 1 [Device         ]: USB-Audio - USB Audio Device\n';
  const u = detectHat(hats, { cards: usb, hatProduct: '' });
  assert.equal(u?.id, 'usb-dac');
  assert.equal(alsaDeviceFor(u!, usb), 'plughw:CARD=Device,DEV=0');
  assert.equal(
    alsaDeviceFor(hats.get('generic-pcm5102')!, ' 0 [spotletdac     ]: simple-card - spotlet-dac\n'),
    'plughw:CARD=spotletdac,DEV=0',
  );
  assert.equal(detectHat(hats, { cards: '', hatProduct: '' }), undefined);
});

test('gestures: bounce is ignored, double vs two singles, long press, hold-repeat', () => {
  const clock = new FakeClock();
  const got: string[] = [];
  const r = new GestureRecognizer((g) => got.push(`${g}@${clock.t}`), { repeats: false, doubles: true, clock });
  const tap = (down: number): void => {
    r.level(true);
    clock.advance(5);
    r.level(false); // bounce within 30 ms: ignored
    clock.advance(5);
    r.level(true);
    clock.advance(down);
    r.level(false);
  };
  tap(80);
  clock.advance(1000);
  assert.deepEqual(got, ['press@390']);
  got.length = 0;
  tap(80);
  clock.advance(150);
  tap(80);
  clock.advance(1000);
  assert.equal(got.length, 1);
  assert.match(got[0]!, /^double@/);
  got.length = 0;
  tap(80);
  clock.advance(400); // past the double window: two singles
  tap(80);
  clock.advance(1000);
  assert.deepEqual(
    got.map((g) => g.split('@')[0]),
    ['press', 'press'],
  );
  got.length = 0;
  const start = clock.t;
  r.level(true);
  clock.advance(1000);
  r.level(false);
  clock.advance(1000);
  assert.deepEqual(got, [`long@${start + 800}`]);

  // A real 20 ms tap (release inside the bounce window) is a press, not a long press, and the button is free again.
  got.length = 0;
  const quick = new GestureRecognizer((g) => got.push(g), { repeats: false, doubles: false, clock });
  quick.level(true);
  clock.advance(20);
  quick.level(false);
  clock.advance(2000);
  quick.level(true);
  clock.advance(50);
  quick.level(false);
  clock.advance(100);
  assert.deepEqual(got, ['press', 'press']);

  const holds: number[] = [];
  const h = new GestureRecognizer(() => holds.push(clock.t), { repeats: true, doubles: false, clock });
  const t0 = clock.t;
  h.level(true);
  clock.advance(1500);
  h.level(false);
  assert.deepEqual(
    holds.map((t) => t - t0),
    [800, 1000, 1200, 1400],
  );
});

test('sysfs GPIO numbers come from the chip base (Debian 6.1: 458, 6.12 and Pi 5 style: 512+)', () => {
  const root = mkdtempSync(join(tmpdir(), 'spotlet-sysfs-'));
  const chip = (name: string, label: string, base: number, ngpio: number): void => {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, 'label'), `${label}\n`);
    writeFileSync(join(root, name, 'base'), `${base}\n`);
    writeFileSync(join(root, name, 'ngpio'), `${ngpio}\n`);
  };
  chip('gpiochip504', 'raspberrypi-exp-gpio', 504, 8);
  chip('gpiochip512', 'pinctrl-bcm2711', 512, 58);
  assert.equal(sysfsGpioNumber(root, ['pinctrl-bcm2711'], 17), 529);
  chip('gpiochip458', 'pinctrl-bcm2835', 458, 54);
  assert.equal(sysfsGpioNumber(root, ['pinctrl-bcm2835'], 17), 475);
  chip('gpiochip571', 'pinctrl-rp1', 571, 54);
  assert.equal(sysfsGpioNumber(root, ['pinctrl-rp1'], 17), 588);
  assert.throws(() => sysfsGpioNumber(root, ['pinctrl-bcm2835'], 60), /not on chip/);
  assert.throws(() => sysfsGpioNumber(root, ['pinctrl-nope'], 1), /no GPIO chip labelled pinctrl-nope/);
});

test('BTHome v2: published object examples, malformed and truncated data, encryption with and without the key', () => {
  const mac = '54:48:E6:8F:80:A5';
  const p = parseBthome(Buffer.from('40000c01643a01', 'hex'), mac); // packet id 12, battery 100 %, button press
  assert.deepEqual([p.packetId, p.battery, p.buttons], [12, 100, ['press']]);
  assert.deepEqual(parseBthome(Buffer.from('40 3a 02 3a 04'.replace(/ /g, ''), 'hex'), mac).buttons, [
    'double',
    'long',
  ]);
  assert.deepEqual(
    parseBthome(Buffer.from('4002ca0903bf13', 'hex'), mac).buttons,
    [],
    'temperature + humidity: no button',
  );
  assert.throws(() => parseBthome(Buffer.from('4001', 'hex'), mac), /truncated/);
  assert.throws(() => parseBthome(Buffer.from('20003a01', 'hex'), mac), /not BTHome v2/);
  assert.throws(() => parseBthome(Buffer.alloc(0), mac), /empty/);
  // bthome.io's encryption example: key, MAC, counter 00112233, device info 0x41, data 02CA0903BF13.
  const key = Buffer.from('231d39c1d7cc1ab1aee224cd096db932', 'hex');
  const encrypt = (plain: Buffer): Buffer => {
    const nonce = Buffer.from('5448e68f80a5d2fc4100112233', 'hex');
    const c = createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 4 });
    const ct = Buffer.concat([c.update(plain), c.final()]);
    return Buffer.concat([Buffer.from([0x41]), ct, Buffer.from('00112233', 'hex'), c.getAuthTag()]);
  };
  // The published ciphertexts of that example (bthome.io and the bthome-ble test vector) decrypt to its data.
  for (const hex of ['41a47266c95f730011223378237214', '41e445f3c9962b332211006c7c4519']) {
    assert.equal(decryptBthome(mac, 0x41, Buffer.from(hex, 'hex').subarray(1), key).toString('hex'), '02ca0903bf13');
  }
  const enc = encrypt(Buffer.from('00073a01', 'hex'));
  assert.deepEqual(parseBthome(enc, mac).buttons, [], 'no key: ignored');
  assert.equal(parseBthome(enc, mac).encrypted, true);
  assert.deepEqual(parseBthome(enc, mac, key).buttons, ['press']);
  const tampered = Buffer.from(enc);
  tampered[2]! ^= 1;
  assert.throws(() => parseBthome(tampered, mac, key), /does not authenticate/);
});

function config(over: Partial<BoardConfig> = {}): BoardConfig {
  return {
    board: 'pi4b',
    hat: 'pirate-audio',
    driver: 'gpio',
    buttons: [],
    long_press_forget: true,
    led_pin: 17,
    led_active_low: false,
    amp_pin: -1,
    amp_idle_s: 60,
    ble_buttons: [],
    ...over,
  };
}

function fakeDriver() {
  const levels = new Map<number, (p: boolean) => void>();
  const outputs = new Map<number, boolean[]>();
  const driver: GpioDriver = {
    name: 'fake',
    input: (pin, _al, cb) => {
      levels.set(pin, cb);
      return { close: () => levels.delete(pin) };
    },
    output: (pin) => {
      outputs.set(pin, []);
      return { write: (on) => outputs.get(pin)!.push(on), close: () => {} };
    },
  };
  return { driver, levels, outputs };
}

test('Pirate Audio buttons work out of the box; the LED follows the speaker state; the amp powers playback', async () => {
  const clock = new FakeClock();
  const { driver, levels, outputs } = fakeDriver();
  const board = new BoardIO({ config: config(), log, driver, clock, detection: { cards: '', hatProduct: '' } });
  const actions: string[] = [];
  board.on('action', (a) => actions.push(a));
  await board.start();
  assert.deepEqual(
    [...levels.keys()].sort((a, b) => a - b),
    [5, 6, 16, 24],
  );
  const press = (pin: number, ms: number): void => {
    levels.get(pin)!(true);
    clock.advance(ms);
    levels.get(pin)!(false);
    clock.advance(500);
  };
  press(5, 80); // A: play-pause
  press(16, 80); // X: next (after the double-press window)
  press(24, 700); // Y held: volume up, repeated
  press(5, 1000); // A held 1 s: still a play-pause press; forgetting the user needs 5 s
  assert.deepEqual(actions, ['play-pause', 'next', 'volume-up', 'play-pause']);
  press(5, 5200); // A held 5 s: forget the user
  assert.deepEqual(actions, ['play-pause', 'next', 'volume-up', 'play-pause', 'forget-user']);

  const led = outputs.get(17)!;
  board.showState('playing');
  assert.equal(led.at(-1), true, 'playing: steady on');
  board.showState('waiting-for-user');
  const n = led.length;
  clock.advance(LED_PATTERNS['waiting-for-user'][0]![1]);
  assert.equal(led.at(-1), false);
  assert.ok(led.length > n, 'the LED blinks while waiting for a user');
  const amp = outputs.get(25)!;
  board.ampOn();
  assert.equal(amp.at(-1), true);
  board.showState('paused');
  clock.advance(59_000);
  assert.equal(amp.at(-1), true, 'still on within the idle time');
  clock.advance(2_000);
  assert.equal(amp.at(-1), false, 'off after amp_idle_s');
  await board.stop();
});

test('BLE buttons: only configured addresses, one action per packet id', () => {
  const board = new BoardIO({
    config: config({ hat: 'usb-dac', led_pin: -1, ble_buttons: ['3c:2e:f5:00:00:01'] }),
    log,
    detection: { cards: '', hatProduct: '' },
  });
  const actions: string[] = [];
  board.on('action', (a) => actions.push(a));
  const ad = (address: string, hex: string) => ({
    address,
    serviceData: [{ uuid: 'fcd2', data: Buffer.from(hex, 'hex') }],
  });
  board.advertisement(ad('3c:2e:f5:00:00:01', '4000013a01'));
  board.advertisement(ad('3c:2e:f5:00:00:01', '4000013a01')); // the same packet repeated
  board.advertisement(ad('3c:2e:f5:00:00:01', '4000023a02'));
  board.advertisement(ad('aa:bb:cc:dd:ee:ff', '4000033a01')); // not ours
  board.advertisement(ad('3c:2e:f5:00:00:01', '40ff')); // garbage: ignored
  for (const [id, event] of [
    ['04', '03'],
    ['05', '05'],
    ['06', '06'],
    ['07', '80'],
  ])
    board.advertisement(ad('3c:2e:f5:00:00:01', `4000${id}3a${event}`));
  assert.deepEqual(
    actions,
    ['play-pause', 'next', 'previous', 'volume-up', 'volume-down'],
    'triple, long+double, long+triple act; hold does not',
  );
});

test('with no GPIO (this machine) the board part starts and says so once', async () => {
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  const board = new BoardIO({
    config: config({ hat: 'usb-dac', buttons: ['27:play-pause'] }),
    log,
    detection: { cards: '', hatProduct: '' },
  });
  try {
    await board.start();
    await board.stop();
  } finally {
    restore();
  }
  const warnings = lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'warn');
  assert.deepEqual(
    warnings.map((w) => w.msg),
    ['no GPIO: buttons, LED and amplifier output are off'],
  );
});

test('the LED follows the supervisor: every speaker state change shows its own pattern', async () => {
  const clock = new FakeClock();
  const led: [number, boolean][] = [];
  const driver: GpioDriver = {
    name: 'fake',
    input: () => ({ close: () => {} }),
    output: (pin) => ({ write: (on) => pin === 17 && led.push([clock.t, on]), close: () => {} }),
  };
  const board = new BoardIO({ config: config(), log, driver, clock, detection: { cards: '', hatProduct: '' } });
  await board.start();
  const supervisor = new Supervisor({ log });
  supervisor.on('state', (st) => board.showState(st));
  // The pattern as "on/off@ms since the state change" over 3 s.
  const trace = (): string => {
    const start = led.length;
    const t0 = clock.t;
    clock.advance(3000);
    return led
      .slice(start)
      .map(([t, on]) => `${on ? 1 : 0}@${t - t0}`)
      .join(' ');
  };
  const seen = new Map<string, string>();
  for (const st of ['waiting-for-user', 'connecting', 'ready', 'playing', 'paused', 'error'] as const) {
    supervisor.setState(st, 'test');
    seen.set(st, `${led.at(-1)![1]}:${trace()}`);
  }
  assert.equal(
    new Set(seen.values()).size,
    seen.size,
    `each state has a distinct pattern: ${JSON.stringify([...seen])}`,
  );
  supervisor.setState('playing', 'test');
  assert.equal(led.at(-1)![1], true);
  await board.stop();
});

test('simulated driver: a key is a short press, a capital a long press, LED changes are printed once', async () => {
  const lines: string[] = [];
  const sim = simulatedDriver((l) => lines.push(l));
  const gestures: string[] = [];
  const r = new GestureRecognizer((g) => gestures.push(g), { repeats: false, doubles: false });
  sim.input(17, true, (pressed) => r.level(pressed));
  const led = sim.output(22, false);
  led.write(true);
  led.write(true);
  led.write(false);
  assert.deepEqual(lines, [
    '[simulated] button on GPIO 17 = key 1',
    '[simulated] LED GPIO 22 on',
    '[simulated] LED GPIO 22 off',
  ]);
  sim.key('z'); // no button behind this key: nothing happens
  sim.key('a');
  await new Promise((res) => setTimeout(res, 500));
  assert.deepEqual(gestures, ['press']);
  sim.key('A');
  await new Promise((res) => setTimeout(res, 1500));
  assert.deepEqual(gestures, ['press', 'long']);
});

test('board detection from the device-tree model picks the GPIO chip of the right Pi', () => {
  const { boards } = loadProfiles();
  const id = (model: string): string | undefined => detectBoard(boards, model)?.id;
  assert.equal(id('Raspberry Pi 3 Model B Rev 1.2\0'), 'pi3b');
  assert.equal(id('Raspberry Pi 3 Model B Plus Rev 1.3\0'), 'pi3bplus');
  assert.equal(id('Raspberry Pi 4 Model B Rev 1.5\0'), 'pi4b');
  assert.equal(id('Raspberry Pi 5 Model B Rev 1.0\0'), 'pi5');
  assert.equal(id('Raspberry Pi Zero 2 W Rev 1.0\0'), 'zero2w');
  assert.equal(id(''), undefined);
  assert.equal(id('QEMU Virtual Machine'), undefined);
  assert.equal(detectBoard(boards, 'Raspberry Pi 3 Model B Plus Rev 1.3')?.gpioChipLabels[0], 'pinctrl-bcm2835');
  assert.equal(detectBoard(boards, 'Raspberry Pi 5 Model B Rev 1.0')?.gpioChipLabels[0], 'pinctrl-rp1');
  // The model file is read with the other detection inputs (paths injectable).
  const dir = mkdtempSync(join(tmpdir(), 'spotlet-dt-'));
  writeFileSync(join(dir, 'model'), 'Raspberry Pi Zero 2 W Rev 1.0\0');
  assert.equal(
    readDetectionInput(join(dir, 'cards'), join(dir, 'product'), join(dir, 'model')).model,
    'Raspberry Pi Zero 2 W Rev 1.0',
  );
});

test('BLE buttons with no usable adapter (this machine): one log line, and stop lets the process exit', async () => {
  const lines: string[] = [];
  const restore = setLogSink((l) => lines.push(l));
  const warnings = (): { msg: string }[] => lines.map((l) => JSON.parse(l)).filter((l) => l.level === 'warn');
  const board = new BoardIO({
    config: config({ hat: 'usb-dac', led_pin: -1, driver: 'none', ble_buttons: ['3c:2e:f5:00:00:01'] }),
    log,
    detection: { cards: '', hatProduct: '' },
  });
  try {
    await board.start();
    for (let i = 0; i < 50 && warnings().length === 0; i++) await new Promise((res) => setTimeout(res, 100));
    await new Promise((res) => setTimeout(res, 2500)); // noble repeats the adapter state every second
  } finally {
    await board.stop();
    restore();
  }
  assert.equal(warnings().length, 1);
  assert.match(warnings()[0]!.msg, /Bluetooth/);
});

test("a hat's own LED is the status LED unless the config names one; a button on it is refused", async () => {
  const profiles = loadProfiles();
  const usb = profiles.hats.get('usb-dac')!;
  profiles.hats.set('led-hat', { ...usb, id: 'led-hat', leds: [{ pin: 22, activeLow: true }] });
  const clock = new FakeClock();
  const { driver, outputs } = fakeDriver();
  const board = new BoardIO({
    config: config({ hat: 'led-hat', led_pin: -1 }),
    log,
    driver,
    clock,
    profiles,
    detection: { cards: '', hatProduct: '' },
  });
  await board.start();
  board.showState('playing');
  assert.equal(outputs.get(22)?.at(-1), true);
  await board.stop();
  const clash = new BoardIO({
    config: config({ hat: 'led-hat', led_pin: -1, buttons: ['22:next'] }),
    log,
    driver: fakeDriver().driver,
    clock,
    profiles,
    detection: { cards: '', hatProduct: '' },
  });
  await assert.rejects(clash.start(), /status LED.*GPIO 22|GPIO 22.*status LED/);
});

test('configured buttons read as PIN:ACTION or ACTION:PIN (play_pause:17); bad entries are config errors', () => {
  const board = new BoardIO({
    config: config({ hat: 'usb-dac', buttons: ['17:play-pause', 'next:27', 'volume_up:22'] }),
    log,
    detection: { cards: '', hatProduct: '' },
  });
  const got = board
    .buttons()
    .map((b) => `${b.pin}:${b.press}${b.long ? `/${b.long}` : ''}${b.hold ? `/hold ${b.hold}` : ''}`);
  assert.deepEqual(got, ['17:play-pause/forget-user', '27:next', '22:volume-up/hold volume-up']);
  const pattern = boardSection.fields.buttons.pattern!;
  for (const ok of ['17:play-pause', 'play_pause:17', 'forget-user:4']) assert.ok(pattern.test(ok), ok);
  for (const bad of ['play:17', '17', 'next:', '17:next:27', '123:next']) assert.ok(!pattern.test(bad), bad);
});

test('a stopped board keeps its LED and amplifier off while the speaker state still changes (shutdown)', async () => {
  const clock = new FakeClock();
  const { driver, outputs } = fakeDriver();
  const board = new BoardIO({ config: config(), log, driver, clock, detection: { cards: '', hatProduct: '' } });
  await board.start();
  board.showState('paused');
  await board.stop();
  const led = outputs.get(17)!;
  const amp = outputs.get(25)!;
  const writes = [led.length, amp.length];
  board.showState('waiting-for-user');
  board.showState('playing');
  clock.advance(10_000);
  assert.deepEqual([led.length, amp.length], writes, 'nothing written after stop');
  assert.equal(led.at(-1), false);
  assert.equal(clock.pending, 0, 'no pattern timer left to keep the process alive');
});
