/**
 * Emulated Connect cloud: the dealer websocket (connection ids, JSON ping/pong, command requests that wait
 * for the device's reply, pushes) and the connect-state store behind spclient's PUT/DELETE
 * /connect-state/v1/devices/<id>. Every change of a user's cluster (a device's PUT, a new device or
 * connection, volume, a device going inactive or away, another device taking over) is pushed to every
 * device of the user as a `hm://connect-state/v1/cluster` ClusterUpdate (docs/protocol/06 §2.3, §9): the reason,
 * the devices that changed and the whole Cluster, gzipped for devices that support gzip pushes.
 * Tests and `spotlet-phone` drive it like the Spotify app would.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { WebSocketServer, type WebSocket } from 'ws';
import { spotify as cs } from '../../../src/gen/connect.js';
import type { Accounts } from '../accounts.js';
import type { EmulatorService } from '../service.js';

const C = cs.connectstate;

/**
 * How long a dealer connection may stay silent (no JSON ping, no websocket Ping frame, no other frame) before the
 * cloud drops it and its device leaves the cluster. Spotify publishes no figure and neither reference client
 * measured one; the evidence is the keep-alive contract every client follows: a ping every 30 s (librespot
 * core/src/dealer/mod.rs PING_INTERVAL, go-librespot dealer/dealer.go pingInterval, the official clients) with a
 * dead peer declared after 30 s + 10 s without an answer (go-librespot's `pingInterval+timeout`). The emulator
 * grants its clients the same window from its side.
 */
export const DEALER_SILENCE_MS = 40_000;
const REASON = C.ClusterUpdateReason;
const PROTOBUF = { 'Content-Type': 'application/x-protobuf' };
type PlayerState = cs.connectstate.IPlayerState;

interface Conn {
  ws: WebSocket;
  id: string;
  username: string;
}

interface UserCluster {
  /** Registered devices; connectionId is '' for an emulated device without a dealer connection (takeOver). */
  devices: Map<string, { info: cs.connectstate.IDeviceInfo; state: PlayerState | undefined; connectionId: string }>;
  activeDeviceId: string;
  playerState: PlayerState | undefined;
  changedAt: number;
}

export class ConnectCloud {
  #conns = new Map<string, Conn>();
  #clusters = new Map<string, UserCluster>();
  #pending = new Map<string, (success: boolean) => void>();
  /**
   * Every PUT received, for tests: device, reason, active flag, state and volume; the request's own times
   * (client_side_timestamp, started_playing_at, has_been_playing_for_ms: 0 when absent) and when it came in
   * (the cloud's clock, ms since the epoch).
   */
  readonly puts: {
    deviceId: string;
    reason: string;
    isActive: boolean;
    state: PlayerState | undefined;
    volume: number;
    clientSideTimestamp: number;
    startedPlayingAt: number;
    hasBeenPlayingForMs: number;
    receivedAt: number;
  }[] = [];
  /**
   * How each dealer connection ended: the close code the client's close frame carried (1001 going away, …), or
   * 1006 when the connection just dropped without one.
   */
  readonly closes: { username: string; code: number }[] = [];

  constructor(
    readonly accounts: Accounts,
    /** See DEALER_SILENCE_MS; tests shorten it. */
    public silenceMs = DEALER_SILENCE_MS,
  ) {}

  cluster(username: string): UserCluster {
    let c = this.#clusters.get(username);
    if (!c) {
      c = { devices: new Map(), activeDeviceId: '', playerState: undefined, changedAt: Date.now() };
      this.#clusters.set(username, c);
    }
    return c;
  }

  /**
   * A dealer connection authorised by a bearer token valid until `expiresAt`: Spotify closes it then (docs/protocol/06
   * §1.1).
   */
  attach(ws: WebSocket, username: string, expiresAt: number): void {
    const id = randomBytes(24).toString('base64');
    const conn = { ws, id, username };
    this.#conns.set(id, conn);
    const expiry = setTimeout(
      () => ws.close(1000, 'access token expired'),
      Math.max(0, Math.min(expiresAt - Date.now(), 2 ** 31 - 1)),
    );
    expiry.unref();
    // A client whose pings stop (its link is gone) is dropped after the silence window.
    let lastHeard = Date.now();
    const heard = (): void => {
      lastHeard = Date.now();
    };
    ws.on('ping', heard);
    ws.on('pong', heard);
    const silence = setInterval(
      () => {
        if (Date.now() - lastHeard <= this.silenceMs) return;
        clearInterval(silence);
        ws.terminate();
      },
      Math.min(1000, this.silenceMs / 4),
    );
    silence.unref();
    ws.on('close', (code) => {
      this.closes.push({ username, code });
      clearTimeout(expiry);
      clearInterval(silence);
      this.#conns.delete(id);
      // A device whose dealer connection is gone leaves its user's cluster (the app no longer lists it).
      for (const [deviceId, d] of this.cluster(username).devices)
        if (d.connectionId === id) this.remove(username, deviceId);
    });
    ws.on('message', (data) => {
      heard();
      let f: { type?: string; key?: string; payload?: { success?: boolean } };
      try {
        f = JSON.parse(data.toString());
      } catch {
        return;
      }
      if (f.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
      else if (f.type === 'reply' && f.key) {
        this.#pending.get(f.key)?.(f.payload?.success === true);
        this.#pending.delete(f.key);
      }
    });
    ws.send(
      JSON.stringify({
        type: 'message',
        method: 'PUT',
        uri: `hm://pusher/v1/connections/${encodeURIComponent(id)}`,
        headers: { 'Spotify-Connection-Id': id },
      }),
    );
  }

  /**
   * connect-state PUT: stores the device and its state and pushes the change; returns the Cluster bytes, or
   * undefined (bad connection id). is_active=false from the active device leaves the cluster without one.
   */
  putState(username: string, deviceId: string, connectionId: string, body: Buffer): Buffer | undefined {
    const conn = this.#conns.get(connectionId);
    if (!conn || conn.username !== username) return undefined;
    const req = C.PutStateRequest.decode(body);
    const c = this.cluster(username);
    const info = req.device?.deviceInfo ?? {};
    const state = req.device?.playerState ?? undefined;
    const known = c.devices.get(deviceId);
    c.devices.set(deviceId, { info, state, connectionId });
    if (req.isActive) {
      c.activeDeviceId = deviceId;
      c.playerState = state;
    } else if (c.activeDeviceId === deviceId) c.activeDeviceId = '';
    this.puts.push({
      deviceId,
      reason: C.PutStateReason[req.putStateReason ?? 0] ?? String(req.putStateReason),
      isActive: !!req.isActive,
      state,
      volume: info.volume ?? 0,
      clientSideTimestamp: Number(req.clientSideTimestamp ?? 0),
      startedPlayingAt: Number(req.startedPlayingAt ?? 0),
      hasBeenPlayingForMs: Number(req.hasBeenPlayingForMs ?? 0),
      receivedAt: Date.now(),
    });
    const reason = !known
      ? REASON.NEW_DEVICE_APPEARED
      : known.connectionId !== connectionId
        ? REASON.DEVICE_NEW_CONNECTION
        : req.putStateReason === C.PutStateReason.VOLUME_CHANGED
          ? REASON.DEVICE_VOLUME_CHANGED
          : REASON.DEVICE_STATE_CHANGED;
    this.#changed(username, reason, deviceId);
    return Buffer.from(C.Cluster.encode(this.#clusterMsg(c)).finish());
  }

  /** PUT …/inactive: the device no longer plays; if it was the active one the cluster has none. */
  inactive(username: string, deviceId: string): void {
    const c = this.cluster(username);
    if (c.activeDeviceId === deviceId) c.activeDeviceId = '';
    const d = c.devices.get(deviceId);
    if (d) d.state = undefined;
    this.puts.push({
      deviceId,
      reason: 'INACTIVE',
      isActive: false,
      state: undefined,
      volume: 0,
      clientSideTimestamp: 0,
      startedPlayingAt: 0,
      hasBeenPlayingForMs: 0,
      receivedAt: Date.now(),
    });
    this.#changed(username, REASON.DEVICE_STATE_CHANGED, deviceId);
  }

  /** DELETE /connect-state/v1/devices/<id>: the device leaves the cluster (the others see it disappear). */
  remove(username: string, deviceId: string): void {
    const c = this.cluster(username);
    if (!c.devices.delete(deviceId)) return;
    if (c.activeDeviceId === deviceId) c.activeDeviceId = '';
    this.#changed(username, REASON.DEVICES_DISAPPEARED, deviceId);
  }

  /** The cluster changed: every device of the user with a dealer connection gets the ClusterUpdate. */
  #changed(username: string, reason: cs.connectstate.ClusterUpdateReason, deviceId: string): void {
    const c = this.cluster(username);
    c.changedAt = Date.now();
    const update = C.ClusterUpdate.encode({
      cluster: this.#clusterMsg(c),
      updateReason: reason,
      devicesThatChanged: [deviceId],
    }).finish();
    for (const d of c.devices.values()) {
      const conn = this.#conns.get(d.connectionId);
      if (!conn || conn.username !== username) continue;
      const gzip = !!d.info.capabilities?.supportsGzipPushes;
      const headers = { ...PROTOBUF, ...(gzip ? { 'Transfer-Encoding': 'gzip' } : {}) };
      pushMessage(conn.ws, 'hm://connect-state/v1/cluster', headers, gzip ? gzipSync(update) : update);
    }
  }

  #clusterMsg(c: UserCluster): cs.connectstate.ICluster {
    return {
      changedTimestampMs: c.changedAt,
      activeDeviceId: c.activeDeviceId,
      playerState: c.playerState ?? null,
      device: Object.fromEntries([...c.devices].map(([id, d]) => [id, d.info])),
      serverTimestampMs: Date.now(),
    };
  }

  /** Sends a player command to a device the way the app does (a dealer request); resolves with its reply. */
  command(
    username: string,
    deviceId: string,
    command: Record<string, unknown>,
    sentBy = 'emulated-phone',
    timeoutMs = 5000,
  ): Promise<boolean> {
    const d = this.cluster(username).devices.get(deviceId);
    const conn = d && this.#conns.get(d.connectionId);
    if (!conn) return Promise.reject(new Error(`device ${deviceId} is not connected`));
    const key = `${randomBytes(8).toString('hex')}/${deviceId}`;
    const json = JSON.stringify({ message_id: messageId(), sent_by_device_id: sentBy, command });
    conn.ws.send(
      JSON.stringify({
        type: 'request',
        headers: { 'Transfer-Encoding': 'gzip' },
        message_ident: 'hm://connect-state/v1/player/command',
        key,
        payload: { compressed: gzipSync(json).toString('base64') },
      }),
    );
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.#pending.delete(key);
        reject(new Error(`no reply from ${deviceId} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(key, (ok) => {
        clearTimeout(t);
        resolve(ok);
      });
    });
  }

  /** The transfer command the app sends to move the user's current playback to another device. */
  transferCommand(username: string): Record<string, unknown> | undefined {
    const ps = this.cluster(username).playerState;
    if (!ps?.track?.uri) return undefined;
    const paused = !!ps.isPaused;
    const pos = Number(ps.positionAsOfTimestamp ?? 0) + (paused ? 0 : Date.now() - Number(ps.timestamp ?? Date.now()));
    const data = C.TransferState.encode({
      options: ps.options ?? {},
      playback: {
        timestamp: Date.now(),
        positionAsOfTimestamp: Math.max(0, Math.round(pos)),
        isPaused: paused,
        currentTrack: { uri: ps.track.uri, uid: ps.track.uid ?? '' },
      },
      currentSession: { context: { uri: ps.contextUri ?? '' }, currentUid: ps.track.uid ?? '' },
      queue: {
        tracks: (ps.nextTracks ?? [])
          .filter((t) => t.provider === 'queue')
          .map((t) => ({ uri: t.uri ?? '', uid: t.uid ?? '' })),
      },
    }).finish();
    return { endpoint: 'transfer', data: Buffer.from(data).toString('base64'), options: { restore_paused: 'restore' } };
  }

  /** A remote volume change (SetVolumeCommand push, no reply). */
  volume(username: string, deviceId: string, volume: number): void {
    const conn = this.#connOf(username, deviceId);
    if (conn)
      pushMessage(
        conn.ws,
        'hm://connect-state/v1/connect/volume',
        PROTOBUF,
        C.SetVolumeCommand.encode({ volume, commandOptions: { messageId: messageId() } }).finish(),
      );
  }

  /**
   * The app changed an account setting (e.g. Autoplay): stored for the next login's ProductInfo and pushed to
   * every dealer connection of the user as `spotify:user:attributes:update`.
   */
  setUserAttribute(username: string, key: string, value: string): void {
    const account = this.accounts.byUsername(username);
    if (!account) throw new Error(`no account ${username}`);
    account.attributes[key] = value;
    const payload = cs.user_attributes.UserAttributesUpdate.encode({ pairs: { [key]: value } }).finish();
    for (const conn of this.#conns.values()) {
      if (conn.username === username)
        pushMessage(conn.ws, 'spotify:user:attributes:update', { 'Content-Type': 'application/octet-stream' }, payload);
    }
  }

  /**
   * Another device of the user (an emulated phone, no dealer connection of its own) reports itself as the
   * active player, as its PUT with is_active would, and every device hears the ClusterUpdate. By default it
   * carries on the cluster's playback as of now; `state` is the player state it reports instead (an older
   * one stands for the phone's last PUT racing a transfer).
   */
  takeOver(username: string, otherDeviceId: string, state?: PlayerState): void {
    const c = this.cluster(username);
    const now = Date.now();
    const cur = c.playerState ?? {};
    const carried = {
      ...cur,
      timestamp: now,
      positionAsOfTimestamp: Math.round(
        Number(cur.positionAsOfTimestamp ?? 0) + (now - Number(cur.timestamp ?? now)) * (cur.playbackSpeed ?? 0),
      ),
    };
    const known = c.devices.get(otherDeviceId);
    const info = known?.info ?? {
      deviceId: otherDeviceId,
      name: 'Emulated phone',
      deviceType: C.DeviceType.SMARTPHONE,
      canPlay: true,
    };
    c.devices.set(otherDeviceId, { info, state: state ?? carried, connectionId: known?.connectionId ?? '' });
    c.activeDeviceId = otherDeviceId;
    c.playerState = state ?? carried;
    this.#changed(username, known ? REASON.DEVICE_STATE_CHANGED : REASON.NEW_DEVICE_APPEARED, otherDeviceId);
  }

  /**
   * Spotify ends the user's playback session (as after a long pause, or when the app ends it): the cluster
   * keeps no active device, its player state the last one as of now, and every device hears the update.
   */
  endSession(username: string): void {
    const c = this.cluster(username);
    const ended = c.activeDeviceId;
    c.activeDeviceId = '';
    if (c.playerState) c.playerState = { ...c.playerState, timestamp: Date.now(), isPlaying: false, isPaused: true };
    this.#changed(username, REASON.DEVICE_STATE_CHANGED, ended);
  }

  /** The app's "log out" of a device: a LogoutCommand push to that device (no reply; it logs itself out). */
  logout(username: string, deviceId: string): void {
    const conn = this.#connOf(username, deviceId);
    if (conn)
      pushMessage(
        conn.ws,
        'hm://connect-state/v1/connect/logout',
        PROTOBUF,
        C.LogoutCommand.encode({ commandOptions: { messageId: messageId() } }).finish(),
      );
  }

  /** The user's bearer tokens expire now: their dealer connections are closed as at expiry, spclient answers 401. */
  expireTokens(username: string): void {
    this.accounts.expireBearers(username);
    for (const conn of this.#conns.values())
      if (conn.username === username) conn.ws.close(1000, 'access token expired');
  }

  /** Drops every dealer connection (fault injection). */
  dropConnections(): void {
    for (const conn of this.#conns.values()) conn.ws.terminate();
  }

  #connOf(username: string, deviceId: string): Conn | undefined {
    const d = this.cluster(username).devices.get(deviceId);
    return d ? this.#conns.get(d.connectionId) : undefined;
  }
}

/** A dealer push: a `message` frame with its payload base64 encoded (docs/protocol/06 §1.2). */
function pushMessage(ws: WebSocket, uri: string, headers: Record<string, string>, payload: Uint8Array): void {
  ws.send(JSON.stringify({ type: 'message', uri, headers, payloads: [Buffer.from(payload).toString('base64')] }));
}

/** A command's message id, as the app picks them. */
function messageId(): number {
  return Math.floor(Math.random() * 2 ** 31);
}

export const dealerService: EmulatorService<ConnectCloud> = {
  name: 'dealer',
  async start(ctx) {
    const cloud = new ConnectCloud(ctx.accounts);
    const server: Server = createServer((_req, res) => res.writeHead(404).end());
    const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
    server.on('upgrade', (req, socket, head) => {
      const token = new URL(req.url ?? '/', 'http://dealer').searchParams.get('access_token') ?? undefined;
      const account = ctx.accounts.byBearer(token);
      if (!account) {
        socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) =>
        cloud.attach(ws, account.username, ctx.accounts.bearerExpiresAt(token!) ?? 0),
      );
    });
    await new Promise<void>((r) => server.listen(ctx.port('dealer'), ctx.host, r));
    const { port } = server.address() as AddressInfo;
    return {
      endpoints: { dealer: `${ctx.host}:${port}`, dealer_url: `ws://${ctx.host}:${port}` },
      api: cloud,
      stop: () =>
        new Promise<void>((r) => {
          for (const c of wss.clients) c.terminate();
          server.closeAllConnections();
          server.close(() => r());
        }),
    };
  },
};
