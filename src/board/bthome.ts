/**
 * BTHome v2 advertisements (bthome.io): service data under UUID 0xFCD2 — a device-information byte, then
 * objects (id + fixed-size value). Buttons such as the Shelly BLU Button send a packet id (0x00) and button
 * events (0x3A). Encrypted payloads (AES-CCM, 4-byte MIC) are decrypted when the device's key is known.
 */
import { createDecipheriv } from 'node:crypto';
import { SpotletError } from '../core/errors.js';

export const BTHOME_UUID = 0xfcd2;

export type ButtonEvent = 'press' | 'double' | 'triple' | 'long' | 'long-double' | 'long-triple' | 'hold';
const BUTTON_EVENTS: Record<number, ButtonEvent> = {
  0x01: 'press',
  0x02: 'double',
  0x03: 'triple',
  0x04: 'long',
  0x05: 'long-double',
  0x06: 'long-triple',
  0x80: 'hold',
};

/** Value sizes (bytes) of the object ids a button or sensor sends; parsing stops at an unknown id. */
const OBJECT_SIZES: Record<number, number> = {
  0x00: 1,
  0x01: 1,
  0x02: 2,
  0x03: 2,
  0x04: 3,
  0x05: 3,
  0x06: 2,
  0x07: 2,
  0x08: 2,
  0x09: 1,
  0x0a: 3,
  0x0b: 3,
  0x0c: 2,
  0x0d: 2,
  0x0e: 2,
  0x0f: 1,
  0x10: 1,
  0x11: 1,
  0x12: 2,
  0x13: 2,
  0x14: 2,
  0x15: 1,
  0x16: 1,
  0x17: 1,
  0x18: 1,
  0x19: 1,
  0x1a: 1,
  0x1b: 1,
  0x1c: 1,
  0x1d: 1,
  0x1e: 1,
  0x1f: 1,
  0x20: 1,
  0x21: 1,
  0x22: 1,
  0x23: 1,
  0x24: 1,
  0x25: 1,
  0x26: 1,
  0x27: 1,
  0x28: 1,
  0x29: 1,
  0x2a: 1,
  0x2b: 1,
  0x2c: 1,
  0x2d: 1,
  0x2e: 1,
  0x2f: 1,
  0x3a: 1,
  0x3c: 2,
  0x3d: 2,
  0x3e: 4,
  0x3f: 2,
  0x40: 2,
  0x41: 2,
  0x42: 3,
  0x43: 2,
  0x44: 2,
  0x45: 2,
  0x46: 1,
  0x47: 2,
  0x48: 2,
  0x49: 2,
  0x4a: 2,
  0x4b: 3,
  0x4c: 4,
  0x4d: 4,
  0x4e: 4,
  0x4f: 4,
  0x50: 4,
  0x51: 2,
  0x52: 2,
  0xf0: 2,
  0xf1: 4,
  0xf2: 3,
};

export class BthomeError extends SpotletError {
  constructor(message: string) {
    super('ERR_BTHOME', message);
  }
}

export interface BthomePacket {
  encrypted: boolean;
  triggerBased: boolean;
  packetId: number | undefined;
  battery: number | undefined;
  /** Button events in the order of the buttons on the device (index 0 = first button). */
  buttons: (ButtonEvent | undefined)[];
}

/** Decrypts an encrypted BTHome v2 payload (after the device-info byte) with the bindkey; MIC-checked. */
export function decryptBthome(mac: string, deviceInfo: number, payload: Buffer, key: Buffer): Buffer {
  if (payload.length < 8) throw new BthomeError('encrypted payload too short');
  const macBytes = Buffer.from(mac.replace(/:/g, ''), 'hex');
  if (macBytes.length !== 6) throw new BthomeError(`bad device address ${mac}`);
  const counter = payload.subarray(payload.length - 8, payload.length - 4);
  const mic = payload.subarray(payload.length - 4);
  const nonce = Buffer.concat([macBytes, Buffer.from([0xd2, 0xfc, deviceInfo]), counter]);
  const d = createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 4 });
  d.setAuthTag(mic);
  try {
    return Buffer.concat([d.update(payload.subarray(0, payload.length - 8)), d.final()]);
  } catch {
    throw new BthomeError('encrypted payload does not authenticate with the configured key');
  }
}

/**
 * Parses the service data of UUID 0xFCD2. `key` (16 bytes) decrypts encrypted packets; without it an
 * encrypted packet is reported as such with no events.
 */
export function parseBthome(data: Buffer, mac: string, key?: Buffer): BthomePacket {
  if (data.length < 1) throw new BthomeError('empty service data');
  const info = data[0]!;
  const version = info >> 5;
  if (version !== 2) throw new BthomeError(`not BTHome v2 (version ${version})`);
  const encrypted = (info & 0x01) !== 0;
  const out: BthomePacket = {
    encrypted,
    triggerBased: (info & 0x04) !== 0,
    packetId: undefined,
    battery: undefined,
    buttons: [],
  };
  let body = data.subarray(1);
  if (encrypted) {
    if (!key) return out;
    body = decryptBthome(mac, info, body, key);
  }
  for (let i = 0; i < body.length; ) {
    const id = body[i]!;
    const size = OBJECT_SIZES[id];
    if (size === undefined) break; // unknown object: its length is unknown, the rest cannot be read
    if (i + 1 + size > body.length) throw new BthomeError(`object 0x${id.toString(16)} truncated`);
    const v = body.subarray(i + 1, i + 1 + size);
    if (id === 0x00) out.packetId = v[0];
    else if (id === 0x01) out.battery = v[0];
    else if (id === 0x3a) out.buttons.push(BUTTON_EVENTS[v[0]!]);
    i += 1 + size;
  }
  return out;
}
