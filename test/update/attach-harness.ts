/** A speaker's side of the trial, for attach.test.ts: the real supervisor wired by attachUpdates, driven through states. */
import { createLogger } from '../../src/core/log.js';
import { Supervisor } from '../../src/supervisor/index.js';
import { attachUpdates } from '../../src/update/index.js';

const log = createLogger('harness');
const supervisor = new Supervisor({ log });
attachUpdates({
  config: { url: '', slots_dir: '/nonexistent', factory_dir: '/nonexistent' },
  speaker: supervisor,
  log,
  restart: () => {},
});
supervisor.setState('connecting', 'test');
supervisor.setState('ready', 'test');
process.send?.({ type: 'done', state: supervisor.state });
process.disconnect?.();
