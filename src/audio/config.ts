/**
 * The `[audio]` config section, part of the audio part's face (index.ts re-exports it) in a module of its own:
 * reading the configuration loads none of the pipeline, which a speaker waiting for its user does not need.
 */
import { defineSection, field, type SectionValues } from '../core/config.js';
import { MIXER_NAMES, MIXERS } from './mixer.js';
import { SINK_NAMES, SINKS } from './sinks.js';

export const audioSection = defineSection('audio', 'Audio output and processing.', {
  backend: field.enum('native', SINK_NAMES, `Output: ${SINK_NAMES.map((n) => `${n} = ${SINKS[n].doc}`).join('; ')}.`, {
    flag: 'backend',
  }),
  device: field.string(
    'default',
    'ALSA PCM device (e.g. hw:CARD=sndrpihifiberry), or the file/FIFO path for the file backend.',
    { flag: 'device' },
  ),
  output_lead_ms: field.int(
    30,
    10,
    500,
    'What the native output leaves with ALSA when pause, skip or volume takes back the rest of the ~400 ms it ' +
      'feeds ahead (ms): they are heard within it (plus a 10 ms fade). A device that cannot take audio back ' +
      '(e.g. behind a rate converter) is fed only this far ahead; longer there rides out a CPU too busy to feed it.',
  ),
  output_trace: field.string(
    '',
    'Diagnostics: the native output records each write to ALSA (time, frames, audio queued before), take-back, ' +
      'command and underrun in this file, from which the time each sample is heard follows; empty = off (~15 MB per hour played).',
  ),
  bitrate: field.enum('160', ['96', '160', '320'], 'Preferred Ogg Vorbis bitrate (kbit/s).', { flag: 'bitrate' }),
  initial_volume: field.int(
    32767,
    0,
    65535,
    'Volume at first start (0..65535); afterwards the last volume is remembered.',
  ),
  volume_curve: field.enum(
    'log',
    ['log', 'cubic', 'linear', 'fixed'],
    'Software volume curve; fixed = leave the volume to the amplifier or a hardware mixer.',
  ),
  volume_range_db: field.number(60, 0, 100, 'Dynamic range of the log and cubic curves (dB).'),
  mixer: field.enum('soft', MIXER_NAMES, `Volume: ${MIXER_NAMES.map((n) => `${n} = ${MIXERS[n].doc}`).join('; ')}.`),
  mixer_control: field.string('', 'ALSA mixer control for mixer = alsa (e.g. Digital); empty = from the hat profile.'),
  normalisation: field.bool(false, 'Normalise loudness with the ReplayGain data of each file.'),
  normalisation_type: field.enum('auto', ['auto', 'track', 'album'], 'Which gain to use (auto = track).'),
  normalisation_method: field.enum(
    'dynamic',
    ['basic', 'dynamic'],
    'basic caps the gain at the peak; dynamic lets a limiter catch peaks.',
  ),
  normalisation_pregain_db: field.number(0, -10, 10, 'Extra gain on top of the normalisation gain (dB).'),
  normalisation_threshold_dbfs: field.number(-2, -10, 0, 'Limiter threshold (dBFS).'),
  normalisation_attack_ms: field.int(5, 1, 500, 'Limiter attack (ms).'),
  normalisation_release_ms: field.int(100, 1, 1000, 'Limiter release (ms).'),
  normalisation_knee_db: field.number(5, 0, 10, 'Limiter knee (dB).'),
  crossfade_ms: field.int(
    0,
    0,
    12_000,
    'Equal-power crossfade between tracks (ms); 0 = gapless. Never inside an album played in order.',
  ),
  cache_dir: field.string(
    '',
    'Folder for an on-disk cache of (still encrypted) audio files; empty = no cache (spares the SD card).',
  ),
  cache_size_mb: field.int(
    1024,
    16,
    1_000_000,
    'Size cap of the audio cache (MB); least recently played files go first.',
  ),
});

export type AudioConfig = SectionValues<typeof audioSection.fields>;
