/** The one speaker state (LED, status) from the AP session, the audio output and the playback. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveSpeakerState, type SpeakerStateInput } from '../../src/speaker/index.js';

const playing = { isPlaying: true, isPaused: false };
const paused = { isPlaying: true, isPaused: true };

test('speaker state: session errors and a failed output win, a reconnect shows connecting, then the playback decides', () => {
  const at = (input: SpeakerStateInput) => deriveSpeakerState(input, 'why');
  assert.deepEqual(at({ session: 'error', sinkFailure: 'audio output failed: x', playback: playing }), {
    state: 'error',
    reason: 'why',
  });
  assert.deepEqual(at({ session: 'ready', sinkFailure: 'audio output failed: x', playback: playing }), {
    state: 'error',
    reason: 'audio output failed: x',
  });
  assert.deepEqual(at({ session: 'reconnecting', sinkFailure: '', playback: playing }), {
    state: 'connecting',
    reason: 'why',
  });
  assert.equal(at({ session: 'connecting', sinkFailure: '', playback: undefined })?.state, 'connecting');
  assert.equal(at({ session: 'ready', sinkFailure: '', playback: playing })?.state, 'playing');
  assert.equal(at({ session: 'ready', sinkFailure: '', playback: paused })?.state, 'paused');
  assert.equal(
    at({ session: 'ready', sinkFailure: '', playback: { isPlaying: false, isPaused: true } })?.state,
    'ready',
  );
  assert.equal(at({ session: 'ready', sinkFailure: '', playback: undefined })?.state, 'ready', 'not the active device');
  assert.equal(at({ session: 'closed', sinkFailure: '', playback: undefined }), undefined, 'logged out: unchanged');
  assert.equal(at({ session: 'idle', sinkFailure: '', playback: undefined }), undefined);
});
