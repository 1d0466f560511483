/** A GPIO driver at the driver boundary for whole-speaker tests: buttons pressed by the test, LED writes kept. */
import type { GpioDriver } from '../../src/board/index.js';

export function fakeGpio() {
  const inputs = new Map<number, (pressed: boolean) => void>();
  const outputs = new Map<number, { at: number; on: boolean }[]>();
  const driver: GpioDriver = {
    name: 'fake',
    input: (pin, _activeLow, onLevel) => {
      inputs.set(pin, onLevel);
      return { close: () => inputs.delete(pin) };
    },
    output: (pin) => {
      const writes: { at: number; on: boolean }[] = [];
      outputs.set(pin, writes);
      return { write: (on) => writes.push({ at: Date.now(), on }), close: () => {} };
    },
  };
  return {
    driver,
    outputs,
    /** Holds the button on `pin` down for `ms` (real time: the board's gesture timing runs on the system clock). */
    async press(pin: number, ms = 80): Promise<void> {
      const level = inputs.get(pin);
      if (!level) throw new Error(`no button on GPIO ${pin}`);
      level(true);
      await new Promise((r) => setTimeout(r, ms));
      level(false);
    },
  };
}
