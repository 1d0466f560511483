/** Public face of the audio pipeline: CDN → AES-CTR → Ogg/Vorbis → gain → sink. */
export { AUDIO_IV, audioCipher, counterAt } from './decrypt.js';
export { audioSection, type AudioConfig } from './config.js';
export { playerFromConfig } from './configured.js';
export { CdnError, CdnFile, type CdnFileOptions } from './cdn-file.js';
export {
  DEFAULT_NORMALISATION,
  GainStage,
  limiterCoefficient,
  normalisationFactor,
  volumeFactor,
  type NormalisationMethod,
  type NormalisationSettings,
  type NormalisationType,
  type VolumeCurve,
} from './gain.js';
export {
  buildSpotifyHeaderPage,
  NO_NORMALISATION,
  oggCrc,
  oggPages,
  readNormalisation,
  readOggPage,
  SPOTIFY_HEADER_SIZE,
  type NormalisationData,
  type OggPage,
} from './ogg.js';
export { AudioFileCache } from './file-cache.js';
export {
  AlsaMixer,
  MIXER_NAMES,
  MIXERS,
  mixerDeviceFor,
  SoftMixer,
  type Mixer,
  type MixerBackend,
  type MixerName,
} from './mixer.js';
export { SINK_NAMES, SINKS, sinkOpener, type SinkBackend, type SinkName, type SinkSettings } from './sinks.js';
export {
  Player,
  type PlayableTrack,
  type PlayerEvents,
  type PlayerOptions,
  type PlayerPosition,
  type TrackSource,
} from './player.js';
export { NativeSink, type NativeSinkOptions } from './native-sink.js';
export {
  AlsaSink,
  BYTES_PER_SECOND,
  FileSink,
  SinkError,
  type SinkControl,
  type AlsaBackend,
  type AlsaSinkOptions,
  type Sink,
} from './sink.js';
export { AudioCorruptError, OggPageSplitter, VorbisStream, type PcmBlock } from './vorbis.js';
export { warmUpAudio } from './warm-up.js';
