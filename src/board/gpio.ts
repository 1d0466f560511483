/**
 * GPIO behind a small driver interface. The real driver uses `onoff` (sysfs), loaded lazily so a machine
 * without GPIO never fails to start; sysfs numbers are the chip's base + the BCM pin, with the base read from
 * each gpiochip's `label` and `base` files in /sys/class/gpio (Debian's kernels use 458 or 512, the Pi 5's
 * RP1 its own).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BoardError } from './profiles.js';
import { errorMessage } from '../core/errors.js';

export interface GpioInput {
  close(): void;
}
export interface GpioOutput {
  write(on: boolean): void;
  close(): void;
}

export interface GpioDriver {
  readonly name: string;
  /** Watches a pin; `onLevel(true)` when pressed (active-low already applied). */
  input(pin: number, activeLow: boolean, onLevel: (pressed: boolean) => void): GpioInput;
  output(pin: number, activeLow: boolean): GpioOutput;
}

/** The sysfs GPIO number of BCM pin `bcm` on the chip whose label is one of `labels`. */
export function sysfsGpioNumber(sysfsRoot: string, labels: readonly string[], bcm: number): number {
  let chips: string[];
  try {
    chips = readdirSync(sysfsRoot).filter((d) => d.startsWith('gpiochip'));
  } catch {
    throw new BoardError(`no GPIO in ${sysfsRoot} (is this a Raspberry Pi with GPIO sysfs?)`);
  }
  for (const chip of chips) {
    const read = (f: string): string => readFileSync(join(sysfsRoot, chip, f), 'utf8').trim();
    try {
      if (!labels.includes(read('label'))) continue;
      const base = Number(read('base'));
      const ngpio = Number(read('ngpio'));
      if (!Number.isInteger(base) || bcm >= ngpio)
        throw new BoardError(`GPIO ${bcm} is not on chip ${chip} (base ${base}, ${ngpio} lines)`);
      return base + bcm;
    } catch (err) {
      if (err instanceof BoardError) throw err;
    }
  }
  throw new BoardError(`no GPIO chip labelled ${labels.join(' or ')} in ${sysfsRoot}`);
}

interface OnoffGpio {
  watch(cb: (err: Error | null | undefined, value: number) => void): void;
  writeSync(v: number): void;
  unexport(): void;
}
type OnoffCtor = new (n: number, dir: string, edge?: string, opts?: object) => OnoffGpio;

/** The `onoff` driver; `create` fails with a clear error where GPIO is not available. */
export async function onoffDriver(labels: readonly string[], sysfsRoot = '/sys/class/gpio'): Promise<GpioDriver> {
  let Gpio: OnoffCtor & { accessible?: boolean };
  try {
    Gpio = ((await import('onoff')) as unknown as { Gpio: OnoffCtor & { accessible?: boolean } }).Gpio;
  } catch (err) {
    throw new BoardError(`the onoff GPIO module is not available: ${errorMessage(err)}`);
  }
  if (Gpio.accessible === false) throw new BoardError('GPIO is not accessible (no /sys/class/gpio or no permission)');
  const num = (pin: number): number => sysfsGpioNumber(sysfsRoot, labels, pin);
  return {
    name: 'gpio',
    input(pin, activeLow, onLevel) {
      const g = new Gpio(num(pin), 'in', 'both', { activeLow, debounceTimeout: 0 });
      g.watch((err, value) => {
        if (!err) onLevel(value === 1);
      });
      return { close: () => g.unexport() };
    },
    output(pin, activeLow) {
      const g = new Gpio(num(pin), 'out', undefined, { activeLow });
      return { write: (on) => g.writeSync(on ? 1 : 0), close: () => g.unexport() };
    },
  };
}

/**
 * A driver for laptops: keys typed on stdin press buttons — `a`…`i` a short press of the configured buttons
 * in order, `A`…`I` a 1.2 s hold — and LED changes are printed.
 */
export function simulatedDriver(
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): GpioDriver & { key(k: string): void } {
  const inputs: ((pressed: boolean) => void)[] = [];
  const timers = new Set<NodeJS.Timeout>();
  return {
    name: 'simulated',
    input(pin, _activeLow, onLevel) {
      inputs.push(onLevel);
      out(`[simulated] button on GPIO ${pin} = key ${inputs.length}`);
      return { close: () => {} };
    },
    output(pin) {
      let last: boolean | undefined;
      return {
        write: (on) => {
          if (on !== last) out(`[simulated] LED GPIO ${pin} ${on ? 'on' : 'off'}`);
          last = on;
        },
        close: () => {},
      };
    },
    key(k) {
      const i = 'abcdefghi'.indexOf(k.toLowerCase());
      const cb = inputs[i];
      if (i < 0 || !cb) return;
      const hold = k === k.toUpperCase() ? 1200 : 60;
      cb(true);
      const t = setTimeout(() => {
        timers.delete(t);
        cb(false);
      }, hold);
      timers.add(t);
    },
  };
}
