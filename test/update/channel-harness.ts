/**
 * A running speaker's update channel, for channel.test.ts: the real supervisor wired by attachUpdates with the
 * channel checked every few hundred ms instead of daily. The parent sets the speaker's state ({ state }) and hears
 * when the speaker asks to restart into the new release ({ type: 'restart' }).
 */
import { createLogger } from '../../src/core/log.js';
import { Supervisor, type SpeakerState } from '../../src/supervisor/index.js';
import { attachUpdates, type UpdateConfig } from '../../src/update/index.js';

const config = JSON.parse(process.env.SPOTLET_TEST_UPDATE_CONFIG ?? '{}') as UpdateConfig;
const log = createLogger('harness');
const supervisor = new Supervisor({ log });
supervisor.setState('playing', 'test');
const stop = attachUpdates({
  config,
  speaker: supervisor,
  log,
  restart: () => process.send?.({ type: 'restart', state: supervisor.state }),
  // A failed check is tried again well before the next regular one.
  checks: { firstMs: 100, intervalMs: 2000, retryFirstMs: 100 },
});
process.on('message', (m: { state?: SpeakerState; stop?: boolean }) => {
  if (m.state) supervisor.setState(m.state, 'test');
  if (m.stop) {
    stop();
    process.disconnect?.();
  }
});
