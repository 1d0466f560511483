/** Applies one bundle (argv[2]) to the speaker layout in argv[3] (JSON UpdateConfig); the power-cut test kills it. */
import { createLogger } from '../../src/core/log.js';
import { applyUpdate } from '../../src/update/index.js';

process.stdout.write('start\n');
await applyUpdate(process.argv[2]!, { config: JSON.parse(process.argv[3]!), log: createLogger('apply') });
process.stdout.write('installed\n');
