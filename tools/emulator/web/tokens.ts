/**
 * Emulated client-token and login5 services (docs/protocol/03 §7–8), as the real ones behave, in the variants the
 * real ones are seen in:
 * - client-token grants the desktop client id a token at once (what librespot's source calls the common case
 *   for Linux with the keymaster id); `clientTokenChallenge` first asks for a hashcash (hex-text prefix, empty
 *   context), which librespot solves and go-librespot does not.
 * - login5 logs a stored credential in at once; `login5Challenge` first answers with a hashcash challenge and a
 *   login_context, then checks the solution (both references solve it).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spotify as ct } from '../../../src/gen/clienttoken.js';
import { spotify as l5 } from '../../../src/gen/login5.js';
import { trailingZeroBits } from '../../../src/web/index.js';
import { readBody } from '../request-body.js';
import type { EmulatorService } from '../service.js';

const CT = ct.clienttoken.http.v0;
const L5 = l5.login5.v3;

/** The server's check of a hashcash solution: a 16-byte suffix and enough trailing zero bits (docs/protocol/03 §7). */
export function checkHashcash(prefix: Buffer, suffix: Buffer, length: number): boolean {
  return suffix.length === 16 && trailingZeroBits(createHash('sha1').update(prefix).update(suffix).digest()) >= length;
}

export interface AuthEmulatorOptions {
  /** Lifetime of login5 access tokens (s); short values test refreshing. */
  tokenTtlS: number;
  hashcashLength: number;
  /** client-token challenges first (a variant: the desktop client id is normally granted a token at once). */
  clientTokenChallenge: boolean;
  /** login5 challenges first (a variant: a stored credential normally logs in at once). */
  login5Challenge: boolean;
}

/** The defaults: Spotify as the reference clients mostly meet it (no challenges). */
export const AUTH_DEFAULTS: AuthEmulatorOptions = {
  tokenTtlS: 3600,
  hashcashLength: 10,
  clientTokenChallenge: false,
  login5Challenge: false,
};

export interface AuthEmulator {
  options: AuthEmulatorOptions;
  /**
   * Counters for tests; `withoutClientToken` counts login5 requests that came without a (known) client-token
   * header, which the real service is not known to refuse (see the login5 handler).
   */
  stats: { clientTokens: number; logins: number; challenges: number; refused: number; withoutClientToken: number };
}

export const authService: EmulatorService<AuthEmulator> = {
  name: 'auth',
  async start(ctx) {
    const api: AuthEmulator = {
      options: { ...AUTH_DEFAULTS, ...ctx.options.auth },
      stats: { clientTokens: 0, logins: 0, challenges: 0, refused: 0, withoutClientToken: 0 },
    };
    const clientTokens = new Set<string>();
    const ctChallenges = new Map<string, Buffer>();
    const loginContexts = new Map<string, Buffer>();
    const server: Server = createServer(async (req, res) => {
      const send = (status: number, body?: Uint8Array): void => {
        res.writeHead(status, { 'Content-Type': 'application/x-protobuf' }).end(body ? Buffer.from(body) : undefined);
      };
      try {
        const body = await readBody(req);
        if (req.method === 'POST' && req.url === '/v1/clienttoken') {
          const msg = CT.ClientTokenRequest.decode(body);
          if (
            msg.requestType === CT.ClientTokenRequestType.REQUEST_CLIENT_DATA_REQUEST &&
            api.options.clientTokenChallenge
          ) {
            const state = randomBytes(12).toString('hex');
            const prefix = randomBytes(16);
            ctChallenges.set(state, prefix);
            return send(
              200,
              CT.ClientTokenResponse.encode({
                responseType: CT.ClientTokenResponseType.RESPONSE_CHALLENGES_RESPONSE,
                challenges: {
                  state,
                  challenges: [
                    {
                      type: CT.ChallengeType.CHALLENGE_HASH_CASH,
                      evaluateHashcashParameters: {
                        length: api.options.hashcashLength,
                        prefix: prefix.toString('hex').toUpperCase(),
                      },
                    },
                  ],
                },
              }).finish(),
            );
          }
          if (msg.requestType === CT.ClientTokenRequestType.REQUEST_CHALLENGE_ANSWERS_REQUEST) {
            const a = msg.challengeAnswers;
            const prefix = a?.state ? ctChallenges.get(a.state) : undefined;
            const suffix = Buffer.from(a?.answers?.[0]?.hashCash?.suffix ?? '', 'hex');
            if (!prefix || !checkHashcash(prefix, suffix, api.options.hashcashLength)) return send(400);
            ctChallenges.delete(a!.state!);
          } else if (msg.requestType !== CT.ClientTokenRequestType.REQUEST_CLIENT_DATA_REQUEST) return send(400);
          const token = `AAC${randomBytes(24).toString('base64url')}`;
          clientTokens.add(token);
          api.stats.clientTokens++;
          return send(
            200,
            CT.ClientTokenResponse.encode({
              responseType: CT.ClientTokenResponseType.RESPONSE_GRANTED_TOKEN_RESPONSE,
              grantedToken: {
                token,
                expiresAfterSeconds: 1209600,
                refreshAfterSeconds: 1209600,
                domains: [{ domain: 'spotify.com' }],
              },
            }).finish(),
          );
        }
        if (req.method === 'POST' && req.url === '/v3/login') {
          // Both references always send the client token to login5 (librespot login5.rs, go-librespot
          // login5.go), so nothing public shows what login5 does without one; it is counted, not refused.
          const ctHeader = req.headers['client-token'];
          if (typeof ctHeader !== 'string' || !clientTokens.has(ctHeader)) api.stats.withoutClientToken++;
          const msg = L5.LoginRequest.decode(body);
          const answer = (r: l5.login5.v3.ILoginResponse): void => send(200, L5.LoginResponse.encode(r).finish());
          const context = msg.loginContext?.length ? Buffer.from(msg.loginContext) : undefined;
          if (context) {
            const prefix = loginContexts.get(context.toString('hex'));
            const suffix = msg.challengeSolutions?.solutions?.[0]?.hashcash?.suffix;
            if (!prefix || !suffix || !checkHashcash(prefix, Buffer.from(suffix), api.options.hashcashLength))
              return answer({ error: L5.LoginError.BAD_REQUEST });
            loginContexts.delete(context.toString('hex'));
          } else if (api.options.login5Challenge) {
            const loginContext = randomBytes(48);
            const prefix = randomBytes(16);
            loginContexts.set(loginContext.toString('hex'), prefix);
            api.stats.challenges++;
            return answer({
              challenges: { challenges: [{ hashcash: { prefix, length: api.options.hashcashLength } }] },
              loginContext,
            });
          }
          const sc = msg.storedCredential;
          const account = sc
            ? ctx.accounts.verifyStoredCredential(sc.username ?? undefined, Buffer.from(sc.data ?? []))
            : undefined;
          if (!account) {
            api.stats.refused++;
            return answer({ error: L5.LoginError.INVALID_CREDENTIALS });
          }
          api.stats.logins++;
          return answer({
            ok: {
              username: account.username,
              accessToken: ctx.accounts.issueBearer(account.username, api.options.tokenTtlS),
              storedCredential: ctx.accounts.mintStoredCredential(account.username),
              accessTokenExpiresIn: api.options.tokenTtlS,
            },
          });
        }
        send(404);
      } catch {
        if (!res.headersSent) send(400);
      }
    });
    await new Promise<void>((r) => server.listen(ctx.port('auth'), ctx.host, r));
    const { port } = server.address() as AddressInfo;
    const base = `http://${ctx.host}:${port}`;
    return {
      endpoints: { clienttoken: `${base}/v1/clienttoken`, login5: `${base}/v3/login` },
      api,
      stop: () =>
        new Promise<void>((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
    };
  },
};
