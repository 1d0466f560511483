/** The player as the configuration describes it: output, mixer, cache and processing. */
import type { Logger } from '../core/log.js';
import type { AudioConfig } from './config.js';
import { AudioFileCache } from './file-cache.js';
import { MIXERS } from './mixer.js';
import { Player, type TrackSource } from './player.js';
import { sinkOpener } from './sinks.js';

/** A player wired to the configured output, mixer and processing. */
export function playerFromConfig(c: AudioConfig, source: TrackSource, log: Logger, volume = c.initial_volume): Player {
  const mixer = MIXERS[c.mixer].open(
    {
      device: c.device,
      curve: c.volume_curve,
      rangeDb: c.volume_range_db,
      control: c.mixer_control,
    },
    log.child('mixer'),
  );
  return new Player({
    source,
    openSink: sinkOpener(
      c.backend,
      { device: c.device, leadMs: c.output_lead_ms, ...(c.output_trace ? { trace: c.output_trace } : {}) },
      log,
    ),
    mixer,
    ...(c.cache_dir
      ? { cache: new AudioFileCache(c.cache_dir, c.cache_size_mb * 1024 * 1024, log.child('cache')) }
      : {}),
    log,
    volume,
    crossfadeMs: c.crossfade_ms,
    normalisation: {
      enabled: c.normalisation,
      type: c.normalisation_type,
      method: c.normalisation_method,
      pregainDb: c.normalisation_pregain_db,
      thresholdDbfs: c.normalisation_threshold_dbfs,
      attackMs: c.normalisation_attack_ms,
      releaseMs: c.normalisation_release_ms,
      kneeDb: c.normalisation_knee_db,
    },
  });
}
