/** The access point as an emulator service: endpoint `ap` = "host:port". */
import type { EmulatorService } from '../service.js';
import { AP_EMULATOR_DEFAULTS, ApEmulator } from './server.js';

export { ApEmulator, MERCURY_URIS, signGs, type ApEmulatorOptions, type MercuryHandler } from './server.js';

export const apService: EmulatorService<ApEmulator> = {
  name: 'ap',
  async start(ctx) {
    const o = ctx.options.ap ?? {};
    const ap = await ApEmulator.start({
      ...AP_EMULATOR_DEFAULTS,
      ...o,
      host: ctx.host,
      port: o.port ?? ctx.port('ap'),
      privateKey: ctx.apKey.privateKey,
      accounts: ctx.accounts,
      catalog: ctx.catalog,
      log: ctx.log.child('ap'),
      imageBaseUrl: () => ctx.endpoints.cdn,
    });
    return { endpoints: { ap: ap.address }, api: ap, stop: () => ap.stop() };
  },
};
