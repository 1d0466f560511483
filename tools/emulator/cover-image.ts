/**
 * Cover art for the emulated image server (ProductInfo's image-url, `…/image/{file_id}`): Spotify's serves a
 * JPEG per image file id; the emulator serves a small PNG per id, a colour and a band derived from the id, so a
 * page or app shows a picture where a real speaker's would.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';

const SIZE = 64;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

/** A 64×64 RGB PNG for the image file id `fileIdHex`: the same id, the same picture. */
export function coverImagePng(fileIdHex: string): Buffer {
  const h = createHash('sha256').update(fileIdHex).digest();
  const back = [h[0]!, h[1]!, h[2]!];
  const band = [255 - h[0]!, 255 - h[1]!, 255 - h[2]!];
  const rows: Buffer[] = [];
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 3); // filter byte 0, then RGB
    for (let x = 0; x < SIZE; x++) row.set(Math.abs(x - y) < 8 ? band : back, 1 + x * 3);
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(SIZE, 0);
  ihdr.writeUInt32BE(SIZE, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
