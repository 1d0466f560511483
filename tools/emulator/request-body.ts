/** Reads an HTTP request body with a size cap (the emulated services never need large bodies). */
import type { IncomingMessage } from 'node:http';

export function readBody(req: IncomingMessage, max = 64 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let n = 0;
    req.on('data', (c: Buffer) => {
      n += c.length;
      if (n > max) req.destroy(new Error('body too large'));
      else parts.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}
