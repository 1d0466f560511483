/**
 * One start of the speaker's unit, for the launcher tests: runs the real launcher with the given folders and
 * (shortened) trial limits. argv[2] is JSON: { slotsDir, factoryDir, limits }.
 */
import { launch } from '../../src/update/launcher.js';

const o = JSON.parse(process.argv[2]!);
await launch({ slotsDir: o.slotsDir, factoryDir: o.factoryDir, plain: false, args: [], limits: o.limits });
