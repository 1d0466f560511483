/** Public face of the audio pipeline. */
export { AUDIO_IV, audioCipher, counterAt } from './decrypt.js';
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
