/**
 * The page's HTTP server, which can outlive the speaker that opened it. Settings saved on the page restart the
 * speaker in place; its listener is handed to the next speaker's page and stays open through the restart.
 * Requests that arrive in the gap wait and are answered by the new page, so the browser that saved never
 * meets a refused connection. Its kept-alive connections stay open too.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { answerClientErrors, closeAtOnce, createHttpServer, listen } from '../core/http-server.js';
import type { ThrottledLog } from '../core/log.js';

/** What answers the listener's requests: one page at a time. */
export interface PageHandler {
  request(req: IncomingMessage, res: ServerResponse): void;
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/** Requests held while no page serves; beyond them a request is told to come back. */
const MAX_HELD = 64;
const BUSY = JSON.stringify({ error: 'the speaker is restarting' });

export class PageListener {
  #server: Server;
  #close: () => Promise<void>;
  #handler: PageHandler | undefined;
  #held: { req: IncomingMessage; res: ServerResponse }[] = [];

  private constructor(refusals: ThrottledLog, requestTimeoutMs: number) {
    const server = createHttpServer({ requestTimeoutMs, maxConnections: 256 }, (req, res) => this.#request(req, res));
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      // A websocket has no use waiting for a restart: its client connects again (the API's events do).
      if (this.#handler) this.#handler.upgrade(req, socket, head);
      else socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nConnection: close\r\n\r\n');
    });
    answerClientErrors(server, refusals, 'page', JSON.stringify({ error: 'bad request' }));
    this.#server = server;
    this.#close = closeAtOnce(server);
  }

  /**
   * Listens on `port` (0 = any), dual-stack; requests wait until a page serves them. What Node's parser refuses
   * is answered here and logged to `refusals`.
   */
  static async open(port: number, refusals: ThrottledLog, requestTimeoutMs: number): Promise<PageListener> {
    const listener = new PageListener(refusals, requestTimeoutMs);
    await listen(listener.#server, port);
    return listener;
  }

  get address(): AddressInfo {
    return this.#server.address() as AddressInfo;
  }

  /** `handler` answers from now on, the requests that waited first, in the order they came. */
  serve(handler: PageHandler): void {
    this.#handler = handler;
    const held = this.#held;
    this.#held = [];
    for (const { req, res } of held) if (!res.destroyed) handler.request(req, res);
  }

  /** No page answers until the next `serve`: requests wait for it. */
  pause(): void {
    this.#handler = undefined;
  }

  /** Stops listening and closes every connection, those that waited too. */
  close(): Promise<void> {
    this.#handler = undefined;
    this.#held = [];
    return this.#close();
  }

  #request(req: IncomingMessage, res: ServerResponse): void {
    if (this.#handler) return this.#handler.request(req, res);
    if (this.#held.length < MAX_HELD) {
      this.#held.push({ req, res });
      return;
    }
    res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '1' }).end(BUSY);
  }
}
