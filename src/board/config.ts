/** The `[board]` config section: board, hat, GPIO buttons and LEDs, amplifier power, BLE buttons. */
import { defineSection, field, type SectionValues } from '../core/config.js';
import { ACTIONS } from './actions.js';

const ACTION = `(${ACTIONS.map((a) => a.replace(/-/g, '[-_]')).join('|')})`;
/** PIN:ACTION or ACTION:PIN; an action may be spelled with `_` (play_pause:17). */
const PIN_ACTION = new RegExp(`^(\\d{1,2}:${ACTION}|${ACTION}:\\d{1,2})$`);

export const boardSection = defineSection('board', 'Board, DAC hat, buttons and LEDs.', {
  board: field.string('auto', 'Board profile (board/boards/*.json), or auto = detect from /proc/device-tree/model.', {
    pattern: /^[a-z0-9-]+$/,
    allowed: 'a profile id or auto',
  }),
  hat: field.string(
    'auto',
    'DAC hat profile (board/hats/*.json), or auto = detect from the HAT EEPROM and ALSA cards.',
    { pattern: /^[a-z0-9-]+$/, allowed: 'a profile id or auto' },
  ),
  driver: field.enum(
    'gpio',
    ['gpio', 'simulated', 'none'],
    'GPIO driver: the real pins, keys on stdin (laptop), or none.',
  ),
  buttons: field.list(
    [],
    'Extra buttons as PIN:ACTION or ACTION:PIN (BCM numbering, active low with pull-up), e.g. 17:play-pause, next:27.',
    {
      pattern: PIN_ACTION,
      allowed: `PIN:ACTION or ACTION:PIN with ACTION one of ${ACTIONS.join(', ')}`,
    },
  ),
  long_press_forget: field.bool(
    true,
    'A 5-second press of the play-pause button forgets the stored user (LED confirms).',
  ),
  led_pin: field.int(-1, -1, 53, "Status LED (BCM pin), -1 = the hat profile's LED, or none."),
  led_active_low: field.bool(false, 'The status LED lights when the pin is low.'),
  amp_pin: field.int(-1, -1, 53, "Amplifier enable/relay output (BCM pin), -1 = the hat profile's, or none."),
  amp_idle_s: field.int(300, 1, 86_400, 'Switch the amplifier off after this many idle seconds.'),
  ble_buttons: field.list([], 'BTHome BLE buttons as ADDRESS or ADDRESS=BINDKEY (32 hex), e.g. 3c:2e:f5:aa:bb:cc.', {
    pattern: /^([0-9a-f]{2}:){5}[0-9a-f]{2}(=[0-9a-f]{32})?$/i,
    allowed: 'Bluetooth addresses, optionally =BINDKEY',
  }),
});

export type BoardConfig = SectionValues<typeof boardSection.fields>;
