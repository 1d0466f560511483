/**
 * Carries out a decoded command on the playback controller, one kind per case. Nothing throws out: a command
 * the controller cannot do (e.g. a context with no playable tracks) comes back as `success: false` with why.
 */
import { errorMessage } from '../core/errors.js';
import type { CommandResult, ConnectCommand } from './command.js';
import type { ConnectController } from './controller.js';

export async function executeCommand(ctl: ConnectController, command: ConnectCommand): Promise<CommandResult> {
  try {
    const refused = await run(ctl, command);
    return refused ? { success: false, reason: `${command.kind}: ${refused}` } : { success: true };
  } catch (err) {
    return { success: false, reason: `${command.kind}: ${errorMessage(err)}` };
  }
}

/** Why the command was refused; undefined when done. */
async function run(ctl: ConnectController, c: ConnectCommand): Promise<string | undefined> {
  switch (c.kind) {
    case 'play': {
      const { kind: _, ...request } = c;
      await ctl.play(request);
      break;
    }
    case 'transfer':
      await ctl.play(c.request);
      break;
    case 'pause':
      ctl.pause();
      break;
    case 'resume':
      ctl.resume();
      break;
    case 'toggle':
      ctl.togglePlayPause();
      break;
    case 'stop':
      await ctl.deactivate('stopped by command');
      break;
    case 'activate':
      ctl.activate();
      break;
    case 'next':
      ctl.skipNext(c.track);
      break;
    case 'prev':
      ctl.skipPrev();
      break;
    case 'seek':
      ctl.seekTo(c.relative ? ctl.snapshot().positionAsOfTimestamp + c.positionMs : c.positionMs);
      break;
    case 'volume':
      ctl.setVolume(c.relative ? ctl.volume + c.volume : c.volume);
      break;
    case 'volume-up':
      ctl.volumeStep(1);
      break;
    case 'volume-down':
      ctl.volumeStep(-1);
      break;
    case 'shuffle':
      ctl.setShuffle(c.on);
      break;
    case 'repeat-context':
      ctl.setRepeatContext(c.on);
      break;
    case 'repeat-track':
      ctl.setRepeatTrack(c.on);
      break;
    case 'set-options': {
      const o = c.options;
      if (o.shufflingContext !== undefined) ctl.setShuffle(o.shufflingContext);
      if (o.repeatingContext !== undefined) ctl.setRepeatContext(o.repeatingContext);
      if (o.repeatingTrack !== undefined) ctl.setRepeatTrack(o.repeatingTrack);
      break;
    }
    case 'add-to-queue':
      ctl.addToQueue(c.track);
      break;
    case 'set-queue':
      ctl.setNextTracks(c.next);
      break;
    case 'sleep-timer':
      ctl.setSleepTimer(c.timer);
      break;
    case 'update-context':
      // The app updated a context's metadata or restrictions. One that is not the current context is ignored,
      // and still answered with success, as both references do (librespot `handle_request`, go-librespot
      // `handlePlayerCommand`); the current one's are merged (go-librespot), the tracks stay as loaded.
      ctl.updateContext(c.contextUri, c.metadata, c.restrictions);
      break;
  }
  return undefined;
}
