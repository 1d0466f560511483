/**
 * Board I/O: physical buttons (GPIO and BTHome BLE) become speaker actions, the status LED follows the
 * speaker state, and the amplifier is powered only around playback. Nothing here is required: without GPIO
 * or Bluetooth the speaker runs on and says so once.
 */
import { EventEmitter } from 'node:events';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import type { SpeakerState } from '../supervisor/index.js';
import { parseBthome, BTHOME_UUID, type ButtonEvent } from './bthome.js';
import type { ButtonAction } from './actions.js';
import type { BoardConfig } from './config.js';
import { DEFAULT_TIMING, FORGET_LONG_MS, GestureRecognizer, systemClock, type Clock } from './gestures.js';
import { onoffDriver, simulatedDriver, type GpioDriver, type GpioInput, type GpioOutput } from './gpio.js';
import { FORGET_PATTERN, LedDriver } from './leds.js';
import {
  BoardError,
  checkPins,
  detectBoard,
  detectHat,
  loadProfiles,
  readDetectionInput,
  type ButtonSpec,
  type DetectionInput,
  type Gesture,
  type HatProfile,
  type Profiles,
} from './profiles.js';

export { boardSection, type BoardConfig } from './config.js';
export { parseBthome, decryptBthome, BthomeError, type BthomePacket, type ButtonEvent } from './bthome.js';
export { GestureRecognizer, DEFAULT_TIMING, FORGET_LONG_MS, type Clock, type GestureTiming } from './gestures.js';
export { sysfsGpioNumber, simulatedDriver, type GpioDriver } from './gpio.js';
export { LED_PATTERNS, LedDriver, type LedPattern } from './leds.js';
export {
  alsaCardIds,
  alsaDeviceFor,
  checkPins,
  detectBoard,
  detectHat,
  loadProfiles,
  readDetectionInput,
  BoardError,
  PROFILE_DIR,
  type BoardProfile,
  type HatProfile,
} from './profiles.js';
export { ACTIONS, type ButtonAction } from './actions.js';

export interface BoardEvents {
  action: [action: ButtonAction, source: string];
}

export interface BoardIOOptions {
  config: BoardConfig;
  log: Logger;
  profiles?: Profiles;
  detection?: DetectionInput;
  /** Overrides the configured driver (tests use a fake at the driver boundary). */
  driver?: GpioDriver;
  clock?: Clock;
}

/** BLE advertisements as noble reports them (service data per UUID). */
export interface BleAdvertisement {
  address: string;
  serviceData: { uuid: string; data: Buffer }[];
}

/** A one-button remote reaches every action: press, double, triple, long; long then another press or two for volume. */
const BLE_ACTIONS: Partial<Record<ButtonEvent, ButtonAction>> = {
  press: 'play-pause',
  double: 'next',
  triple: 'previous',
  long: 'forget-user',
  'long-double': 'volume-up',
  'long-triple': 'volume-down',
};

export class BoardIO extends EventEmitter<BoardEvents> {
  readonly hat: HatProfile | undefined;
  #o: BoardIOOptions;
  #profiles: Profiles;
  #detection: DetectionInput;
  #inputs: GpioInput[] = [];
  #recognizers: GestureRecognizer[] = [];
  #led: LedDriver | undefined;
  #ledOut: GpioOutput | undefined;
  #amp: GpioOutput | undefined;
  #ampTimer: unknown;
  #lastPacket = new Map<string, number>();
  #ble: { stop(): void } | undefined;
  #releaseStdin: (() => void) | undefined;
  #stopped = false;

  constructor(o: BoardIOOptions) {
    super();
    this.#o = o;
    this.#profiles = o.profiles ?? loadProfiles();
    const c = o.config;
    this.#detection = o.detection ?? readDetectionInput();
    this.hat = c.hat === 'auto' ? detectHat(this.#profiles.hats, this.#detection) : this.#profiles.hats.get(c.hat);
    if (c.hat !== 'auto' && !this.hat)
      throw new BoardError(`unknown hat "${c.hat}" (board/hats has ${[...this.#profiles.hats.keys()].join(', ')})`);
  }

  /** Buttons of the hat and the config, checked against the board's header and the hat's pins. */
  buttons(): ButtonSpec[] {
    const extra = this.#o.config.buttons.map((b): ButtonSpec => {
      const parts = b.split(':') as [string, string];
      const [pin, action] = /^\d+$/.test(parts[0])
        ? [parts[0], parts[1].replace(/_/g, '-') as ButtonAction]
        : [parts[1], parts[0].replace(/_/g, '-') as ButtonAction];
      const longForget = action === 'play-pause' && this.#o.config.long_press_forget;
      return {
        pin: Number(pin),
        label: `GPIO ${pin}`,
        activeLow: true,
        press: action,
        ...(longForget ? { long: 'forget-user' as const } : {}),
        ...(action.startsWith('volume') ? { hold: action } : {}),
      };
    });
    return [...(this.hat?.buttons ?? []), ...extra];
  }

  async start(): Promise<void> {
    this.#stopped = false;
    const c = this.#o.config;
    const log = this.#o.log;
    // An undetected board (not a Pi: a laptop with the simulated driver) is treated as a Pi 4's header.
    const board =
      c.board === 'auto'
        ? (detectBoard(this.#profiles.boards, this.#detection.model ?? '') ?? this.#profiles.boards.get('pi4b'))
        : this.#profiles.boards.get(c.board);
    if (!board)
      throw new BoardError(
        `unknown board "${c.board}" (board/boards has ${[...this.#profiles.boards.keys()].join(', ')})`,
      );
    if (!board.supported) log.warn('this board is not supported by the spotlet image', { board: board.id });
    const buttons = this.buttons();
    const ampPin = c.amp_pin >= 0 ? c.amp_pin : (this.hat?.ampPin ?? -1);
    const led = c.led_pin >= 0 ? { pin: c.led_pin, activeLow: c.led_active_low } : this.hat?.leds[0];
    checkPins(board, this.hat, [
      ...buttons.map((b) => ({ what: `button ${b.label}`, pin: b.pin })),
      ...(led ? [{ what: 'the status LED', pin: led.pin }] : []),
      ...(ampPin >= 0 && ampPin !== this.hat?.ampPin ? [{ what: 'the amplifier output', pin: ampPin }] : []),
    ]);
    if (c.ble_buttons.length) this.#startBle();
    if (c.driver === 'none' || (!buttons.length && !led && ampPin < 0)) return;
    let driver = this.#o.driver;
    if (!driver) {
      try {
        driver = c.driver === 'simulated' ? simulatedDriver() : await onoffDriver(board.gpioChipLabels);
      } catch (err) {
        log.warn('no GPIO: buttons, LED and amplifier output are off', { reason: errorMessage(err) });
        return;
      }
    }
    const clock = this.#o.clock ?? systemClock;
    for (const b of buttons) {
      const r = new GestureRecognizer((g) => this.#gesture(b, g), {
        repeats: !!b.hold,
        doubles: !!b.double,
        clock,
        timing: { ...DEFAULT_TIMING, longMs: b.long === 'forget-user' ? FORGET_LONG_MS : DEFAULT_TIMING.longMs },
      });
      this.#recognizers.push(r);
      this.#inputs.push(driver.input(b.pin, b.activeLow, (pressed) => r.level(pressed)));
    }
    if (led) {
      this.#ledOut = driver.output(led.pin, led.activeLow);
      this.#led = new LedDriver((on) => this.#ledOut!.write(on), clock);
      this.#led.show('booting');
    }
    if (ampPin >= 0) {
      this.#amp = driver.output(ampPin, false);
      this.#amp.write(false);
    }
    if (driver.name === 'simulated' && process.stdin.isTTY !== false) {
      const keys = (d: string): void => {
        for (const k of d.trim()) (driver as ReturnType<typeof simulatedDriver>).key(k);
      };
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', keys);
      // Released on stop, so stdin no longer keeps the process alive.
      this.#releaseStdin = () => {
        process.stdin.off('data', keys);
        process.stdin.pause();
      };
    }
  }

  /** Follows the speaker state: LED pattern; the amplifier on while playing, off after the idle time. */
  showState(state: SpeakerState): void {
    // States still change while the speaker shuts down: a stopped board's LED and amplifier stay off.
    if (this.#stopped) return;
    this.#led?.show(state);
    if (!this.#amp) return;
    const clock = this.#o.clock ?? systemClock;
    clock.clearTimeout(this.#ampTimer);
    if (state === 'playing') this.#amp.write(true);
    else this.#ampTimer = clock.setTimeout(() => this.#amp?.write(false), this.#o.config.amp_idle_s * 1000);
  }

  /** Switches the amplifier on now (before the first sample of playback). */
  ampOn(): void {
    (this.#o.clock ?? systemClock).clearTimeout(this.#ampTimer);
    this.#amp?.write(true);
  }

  /** Feeds one BLE advertisement (from noble, or a test). */
  advertisement(ad: BleAdvertisement): void {
    const entry = this.#o.config.ble_buttons
      .map((b) => b.toLowerCase().split('='))
      .find(([addr]) => addr === ad.address.toLowerCase());
    if (!entry) return;
    const sd = ad.serviceData.find((s) => parseInt(s.uuid, 16) === BTHOME_UUID);
    if (!sd) return;
    try {
      const p = parseBthome(sd.data, ad.address, entry[1] ? Buffer.from(entry[1], 'hex') : undefined);
      if (p.encrypted && !entry[1]) return;
      // Buttons repeat each advertisement several times: act once per packet id.
      if (p.packetId !== undefined) {
        if (this.#lastPacket.get(ad.address) === p.packetId) return;
        this.#lastPacket.set(ad.address, p.packetId);
      }
      for (const ev of p.buttons) {
        const action = ev ? BLE_ACTIONS[ev] : undefined;
        if (action) this.#fire(action, `ble ${ad.address}`);
      }
    } catch (err) {
      this.#o.log.debug('BTHome advertisement ignored', { address: ad.address, reason: errorMessage(err) });
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.#releaseStdin?.();
    this.#releaseStdin = undefined;
    this.#ble?.stop();
    this.#ble = undefined;
    for (const r of this.#recognizers) r.dispose();
    for (const i of this.#inputs) i.close();
    this.#led?.stop();
    this.#ledOut?.close();
    (this.#o.clock ?? systemClock).clearTimeout(this.#ampTimer);
    this.#amp?.write(false);
    this.#amp?.close();
    this.#inputs = [];
    this.#recognizers = [];
  }

  #gesture(b: ButtonSpec, g: Gesture): void {
    const action = b[g];
    if (action) this.#fire(action, `button ${b.label} ${g}`);
  }

  #fire(action: ButtonAction, source: string): void {
    this.#led?.flash(action === 'forget-user' ? FORGET_PATTERN : undefined);
    this.#o.log.info('button', { action, source });
    this.emit('action', action, source);
  }

  #startBle(): void {
    const log = this.#o.log;
    // noble is loaded only when BLE buttons are configured; without an adapter it says so once.
    void (async () => {
      try {
        const noble = (await import('@stoprocent/noble')).default as unknown as EventEmitter & {
          startScanningAsync(u: string[], dup: boolean): Promise<void>;
          stopScanning(): void;
          stop(): void;
          state: string;
        };
        // Without a usable adapter noble repeats its state (and prints a warning) every second: say it once
        // and stop it. A switched-off adapter is only reported on change, so it is watched until it comes up.
        let told = false;
        noble.on('stateChange', (state: string) => {
          if (state === 'poweredOn') {
            told = false;
            void noble
              .startScanningAsync([], true)
              .catch((err: unknown) => log.warn('BLE scan failed', { reason: errorMessage(err) }));
          } else if (state === 'unsupported' || state === 'unauthorized') {
            if (!told) log.warn('no usable Bluetooth adapter: BLE buttons are off', { state });
            told = true;
            noble.stop();
            this.#ble = undefined;
          } else if (state === 'poweredOff' && !told) {
            told = true;
            log.warn('the Bluetooth adapter is off: BLE buttons wait for it', { state });
          }
        });
        noble.on(
          'discover',
          (p: { address: string; advertisement: { serviceData?: { uuid: string; data: Buffer }[] } }) =>
            this.advertisement({ address: p.address, serviceData: p.advertisement.serviceData ?? [] }),
        );
        // stop() also ends the adapter polling, which would otherwise keep the process alive at shutdown.
        if (this.#stopped) return noble.stop(); // stopped while noble was loading
        this.#ble = {
          stop: () => {
            noble.stopScanning();
            noble.stop();
          },
        };
      } catch (err) {
        log.warn('no Bluetooth: BLE buttons are off', { reason: errorMessage(err) });
      }
    })();
  }
}
