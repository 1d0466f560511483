/*
 * spotlet-alsa-out: spotlet's ALSA output, a small child process that can stop at once.
 *
 * The speaker writes S16LE 44.1 kHz stereo on stdin. This program keeps what it has read in a ring of its own
 * and feeds ALSA --depth-ms (400 ms) ahead of the DAC, so a CPU taken away for a while (a small board's CPU quota
 * stops the speaker and this program together for up to ~85 ms) never lets it run dry. A pause, a drop (skip,
 * seek, stop) or a gain change first takes back what ALSA holds beyond --lead-ms (30 ms) and has not played
 * (snd_pcm_rewind; the ring still has those frames as they came), then acts on the audio from there: heard within
 * the lead plus a short fade, with no click. A device that cannot take audio back (snd_pcm_rewindable says 0 or
 * fails, e.g. behind a rate converter) is fed only the lead ahead after its first write, which is the depth as for
 * any device (that write is what tells). Commands come on fd 3, one per line:
 *   p FADE        pause: fade out over FADE frames, then hold what is left
 *   r FADE        resume: fade back in over FADE frames from the first frame held
 *   d OFFSET      drop: fade out, discard what is held and every stdin byte before stream offset OFFSET
 *   f FADE        set the fade length (frames) the next drop uses
 *   g GAIN        scale the samples by GAIN (0..1), ramped over 5 ms, TPDF-dithered
 * Status lines go to stdout: "s HEARD T_US HELD UNDERRUNS", where HEARD is the stream frame playing at T_US
 * (CLOCK_MONOTONIC µs), after each command, after each underrun and every 250 ms while playing. UNDERRUNS counts
 * the dropouts: the DAC had played everything when the stream went on (a start, a resume and what follows a
 * drop begin anew). Counted here, where ALSA is fed. End of stdin plays out and exits.
 *
 * From silence (the first audio, after a drop, after running dry) the DAC starts once --start-ms (400 ms) is held,
 * or when input pauses for 100 ms with half of that held, or for 300 ms with less, or at its end: until then the
 * status reports it held.
 *
 * A device on no sound card (ALSA's file or null PCM, through which tests and benchmarks capture) has no clock:
 * a model DAC stands in for ALSA's buffer and the DAC. It holds what is written, plays 44 100 frames/s from the
 * first frame, waits while it has nothing, can give back what it has not played (if the device itself can), and
 * passes each frame on to the device once played: a capture holds exactly what was heard, in order.
 * --trace FILE records every write ("w T_US FRAMES QUEUED_BEFORE STREAM_FRAME"), every take-back ("k T_US FRAMES
 * QUEUED_BEFORE STREAM_FRAME": the last FRAMES written, from STREAM_FRAME on, will not be heard), every drop done
 * ("d T_US STREAM_FRAME"), every command as it arrives ("c T_US OP STREAM_FRAME", the first frame it acts on) and
 * every underrun ("u T_US UNDERRUNS"): the time each frame is heard follows from it.
 *
 * Usage: spotlet-alsa-out DEVICE [--lead-ms N] [--depth-ms N] [--start-ms N] [--trace FILE]
 */
#include <alsa/asoundlib.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define RATE 44100
#define CHANNELS 2
#define FRAME_BYTES 4
#define RING_FRAMES RATE /* 1 s: what ALSA holds unplayed and what waits to be written */
#define GAIN_RAMP_FRAMES (RATE / 200)
/* From silence, input that pauses for INPUT_PAUSE_US starts the DAC on half of --start-ms, which outlasts a CPU
   quota's stops (up to ~85 ms of a 100 ms period, two periods when the group's threads overran the quota on two
   cores): such a stop is no end of the stream. With less held it waits INPUT_IDLE_US, longer than those stops:
   a DAC started on the 46 ms written before one ran dry 0.1 s into the track. */
#define INPUT_PAUSE_US 100000
#define INPUT_IDLE_US 300000
#define CTRL_FD 3

static snd_pcm_t *pcm;
static FILE *trace;

/* The ring holds stream frames from ring_pos on: the first ring_sent are with ALSA (kept until played, so what is
   taken back can be written again), the rest wait to be written. */
static int16_t ring[RING_FRAMES * CHANNELS];
static long ring_head, ring_len, ring_sent;
static uint64_t ring_pos, in_bytes;
/* stdin bytes before this stream offset are dropped as they come. */
static uint64_t discard_until;
static uint8_t carry[FRAME_BYTES];
static int carry_len;

/* Fade level 0..1 moving towards its target by `fade_step` per frame; pause and drop act when it reaches 0. */
static double level = 1, level_target = 1, fade_step = 1.0 / 441;
static int pausing, dropping, held;
static uint64_t drop_offset;
static double gain = 1, gain_target = 1, gain_step;
static uint32_t rng = 0x9e3779b9;
/* Frames written from here on were processed with the fade and gain as they are now: they may be taken back and
   written again (not a fade or ramp under way, nor a faded end). */
static uint64_t settled_from;

static long lead_frames, depth_frames;
static long buffer_frames;         /* room in ALSA's buffer (the model DAC's own, for a device it paces) */
static int rewinds = -1;           /* the device can take back what it holds: unknown (-1) until its first write */
static uint64_t written_end;       /* stream position after the last frame written to ALSA */
static int continuing;             /* the last write goes on with the next: the DAC idle before it is a dropout */
static long start_frames;          /* from silence, the DAC starts once this much is held (or input pauses or ends) */
static int started;                /* the DAC is being fed: not before the first start, after a drop or running dry */
static uint64_t last_input_us;
static int alsa_full;              /* the last write found no room in ALSA's buffer */
static unsigned long underruns;   /* dropouts: the DAC ran dry in the middle of the stream */
static int eof;

/* The model DAC (a device without a clock): frames written and played since the program started, and the last
   `model_len` written, not yet passed on to the device. */
static int modelled;
static int16_t *model_buf;
static long model_head, model_len;
static uint64_t model_written, model_base, model_start_us;

static uint64_t now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000u + (uint64_t)t.tv_nsec / 1000u;
}

static void trace_line(const char *fmt, ...) {
  if (!trace) return;
  va_list ap;
  va_start(ap, fmt);
  vfprintf(trace, fmt, ap);
  va_end(ap);
  fflush(trace);
}

/* Writes to the device itself; returns the frames it took. */
static long pcm_write(const int16_t *from, long n) {
  long done = 0;
  while (done < n) {
    snd_pcm_sframes_t w = snd_pcm_writei(pcm, from + done * CHANNELS, n - done);
    if (w == -EAGAIN) break;
    if (w < 0) {
      if (snd_pcm_recover(pcm, (int)w, 1) < 0) {
        fprintf(stderr, "spotlet-alsa-out: write failed: %s\n", snd_strerror((int)w));
        exit(1);
      }
      continue;
    }
    done += w;
  }
  if (done && rewinds < 0) rewinds = snd_pcm_rewindable(pcm) > 0;
  return done;
}

/* Frames the model DAC has played, the one it is playing included (as a DMA engine takes it). */
static uint64_t model_played(void) {
  uint64_t p = model_base + (now_us() - model_start_us) * RATE / 1000000u + 1;
  return p < model_written ? p : model_written;
}

/* The model DAC passes what it has played on to the device. */
static void model_pass(void) {
  long n = (long)(model_played() - (model_written - (uint64_t)model_len));
  while (n > 0) {
    long k = n < buffer_frames - model_head ? n : buffer_frames - model_head;
    long w = pcm_write(model_buf + model_head * CHANNELS, k);
    if (w <= 0) return;
    model_head = (model_head + w) % buffer_frames;
    model_len -= w;
    n -= w;
  }
}

/* Frames written but not yet played. */
static long queued(void) {
  if (modelled) return (long)(model_written - model_played());
  snd_pcm_sframes_t d = 0;
  snd_pcm_state_t st = snd_pcm_state(pcm);
  if ((st == SND_PCM_STATE_RUNNING || st == SND_PCM_STATE_PREPARED) && snd_pcm_delay(pcm, &d) < 0) d = 0;
  return d > 0 ? d : 0;
}

/* Frames ALSA has room for now. */
static long room(void) {
  if (modelled) return buffer_frames - model_len;
  snd_pcm_state_t st = snd_pcm_state(pcm);
  if (st == SND_PCM_STATE_XRUN || st == SND_PCM_STATE_SETUP) snd_pcm_prepare(pcm);
  snd_pcm_sframes_t r = snd_pcm_avail_update(pcm);
  return r >= 0 ? (long)r : RING_FRAMES;
}

static long write_frames(const int16_t *from, long n) {
  if (!modelled) return pcm_write(from, n);
  if (model_played() == model_written) { /* idle: the model DAC starts again at the first frame */
    model_base = model_written;
    model_start_us = now_us();
  }
  for (long i = 0; i < n; i++)
    memcpy(model_buf + ((model_head + model_len + i) % buffer_frames) * CHANNELS, from + i * CHANNELS, FRAME_BYTES);
  model_len += n;
  model_written += (uint64_t)n;
  model_pass(); /* the first frame starts at once: the device says now whether it can take audio back */
  return n;
}

/* Takes back up to `n` of the last frames written, not yet played; returns how many. */
static long take_back_frames(long n) {
  if (rewinds <= 0) return 0;
  if (modelled) {
    long q = queued();
    if (n > q) n = q;
    if (n > model_len) n = model_len;
    model_len -= n;
    model_written -= (uint64_t)n;
    return n;
  }
  snd_pcm_sframes_t can = snd_pcm_rewindable(pcm);
  if (n > can) n = can > 0 ? (long)can : 0;
  snd_pcm_sframes_t got = n ? snd_pcm_rewind(pcm, (snd_pcm_uframes_t)n) : 0;
  if (got < 0) rewinds = 0; /* it said it could: from now on it is fed only the lead ahead */
  return got > 0 ? (long)got : 0;
}

/* How far ahead of the DAC ALSA is fed. Before the first write tells, the device is taken to be able to take audio
   back, as most can: a start on the lead alone ran dry when a CPU quota's stop came right after that first write,
   as it tends to, the group's budget spent on the audio just decoded. A device that cannot has a command in its
   first 400 ms heard late. */
static long ahead(void) { return rewinds != 0 ? depth_frames : lead_frames; }

static void status(void) {
  /* Held, what ALSA still has plays out: the position to report is its end. Not started, nothing moves yet. */
  int still = held || !started;
  long q = still ? 0 : queued();
  printf("s %llu %llu %d %lu\n", (unsigned long long)(written_end > (uint64_t)q ? written_end - q : 0),
         (unsigned long long)now_us(), still, underruns);
  fflush(stdout);
}

static double noise(void) {
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng / 4294967296.0;
}

/* The ring's first `n` frames leave it (played, or dropped), those with ALSA first. */
static void ring_advance(long n) {
  ring_head = (ring_head + n) % RING_FRAMES;
  ring_len -= n;
  ring_pos += (uint64_t)n;
  ring_sent = n < ring_sent ? ring_sent - n : 0;
}

/* Frames in the ring not written to ALSA yet. */
static long waiting_frames(void) { return ring_len - ring_sent; }

/* Frames ALSA has played leave the ring. */
static void release_played(long q) {
  if (ring_sent > q) ring_advance(ring_sent - q);
}

/* Before a command acts: takes back what ALSA holds beyond the lead, so the command is heard within it. */
static void take_back(void) {
  if (!started || held || !ring_sent) return;
  long q = queued();
  long n = q - lead_frames;
  if (n > ring_sent) n = ring_sent;
  long settled = written_end > settled_from ? (long)(written_end - settled_from) : 0;
  if (n > settled) n = settled;
  if (n <= 0) return;
  long got = take_back_frames(n);
  if (!got) return;
  ring_sent -= got;
  written_end -= (uint64_t)got;
  trace_line("k %llu %ld %ld %llu\n", (unsigned long long)now_us(), got, q, (unsigned long long)written_end);
}

/* The fade reached silence: a pause holds from here, a drop discards what is held. */
static void faded_out(void) {
  if (dropping) {
    dropping = 0;
    /* What ALSA has plays out (the fade); what waits before the drop goes; what came after it plays. */
    ring_advance(ring_sent);
    uint64_t drop_to = drop_offset / FRAME_BYTES;
    if (ring_pos < drop_to) {
      ring_advance(drop_to - ring_pos < (uint64_t)ring_len ? (long)(drop_to - ring_pos) : ring_len);
      if (!ring_len) ring_pos = drop_to;
    }
    if (drop_offset > discard_until) discard_until = drop_offset;
    if (!pausing && !held) level = level_target = 1;
    continuing = 0;
    started = 0;
    trace_line("d %llu %llu\n", (unsigned long long)now_us(), (unsigned long long)drop_to);
  }
  if (pausing) {
    pausing = 0;
    held = 1;
    continuing = 0;
  }
  settled_from = ring_pos + (uint64_t)ring_sent; /* the faded end is never taken back */
  status();
}

/* From silence, how long input must pause before what is held starts playing: shorter with half of --start-ms. */
static uint64_t start_wait_us(long waiting) {
  return waiting >= start_frames / 2 ? INPUT_PAUSE_US : INPUT_IDLE_US;
}

/*
 * From silence, starts once enough is held: the speaker writes its first audio in a burst of CPU work, and with a
 * CPU quota shared with it (a small board's budget) this program would starve behind that burst if the DAC had
 * already started on the first few milliseconds.
 */
static int may_start(void) {
  if (started) return 1;
  long waiting = waiting_frames();
  if (!waiting || (waiting < start_frames && !eof && now_us() - last_input_us < start_wait_us(waiting))) return 0;
  started = 1;
  return 1;
}

/* Writes up to `ahead()` from the ring, with gain and fades applied. */
static void top_up(void) {
  if (modelled) model_pass();
  long q = queued();
  release_played(q);
  if (held || !may_start()) return;
  long waiting = waiting_frames();
  if (!waiting) {
    if (q == 0) started = 0; /* ran dry: what comes next starts anew */
    return;
  }
  long target = ahead();
  if (q > target - target / 3) return;
  /* The stream goes on but the DAC has played everything: the audio came too late, whether this program was
     (the CPU busy elsewhere) or the speaker (the ring ran empty). A start, a resume or a drop begins anew. */
  if (q == 0 && continuing) {
    underruns++;
    trace_line("u %llu %lu\n", (unsigned long long)now_us(), underruns);
    status();
  }
  long at = (ring_head + ring_sent) % RING_FRAMES;
  long n = target - q;
  if (n > waiting) n = waiting;
  if (n > RING_FRAMES - at) n = RING_FRAMES - at;
  /* Only what ALSA has room for: the fades and the gain ramp advance with each frame processed. */
  long r = room();
  if (n > r) n = r;
  alsa_full = n <= 0;
  if (alsa_full) return;
  static int16_t out[RING_FRAMES * CHANNELS];
  int16_t *in = ring + at * CHANNELS;
  long i;
  for (i = 0; i < n; i++) {
    int moved = 0;
    if (level != level_target) {
      level += level < level_target ? fade_step : -fade_step;
      if ((level_target - level) * (level_target > 0.5 ? 1 : -1) <= 0) level = level_target;
      moved = 1;
    }
    if (gain != gain_target) {
      gain += gain_step;
      if ((gain_step > 0 && gain >= gain_target) || (gain_step < 0 && gain <= gain_target)) gain = gain_target;
      moved = 1;
    }
    if (moved) settled_from = written_end + (uint64_t)i + 1;
    double g = gain * level;
    for (int c = 0; c < CHANNELS; c++) {
      int16_t s = in[i * CHANNELS + c];
      if (g == 1) {
        out[i * CHANNELS + c] = s;
      } else {
        double v = s * g + noise() - noise();
        long rounded = v < 0 ? (long)(v - 0.5) : (long)(v + 0.5);
        out[i * CHANNELS + c] = (int16_t)(rounded > 32767 ? 32767 : rounded < -32768 ? -32768 : rounded);
      }
    }
    if (level == 0 && level_target == 0) {
      i++;
      break;
    }
  }
  n = i;
  uint64_t t = now_us();
  long done = write_frames(out, n);
  uint64_t first = ring_pos + (uint64_t)ring_sent;
  if (done) trace_line("w %llu %ld %ld %llu\n", (unsigned long long)t, done, q, (unsigned long long)first);
  ring_sent += done;
  written_end = first + (uint64_t)done;
  if (done && !continuing) status(); /* a start: the position moves from here */
  if (done) continuing = 1;
  if (level == 0 && level_target == 0 && (pausing || dropping)) faded_out();
}

/* Reads what stdin has into the ring (dropping what lies before `discard_until`). */
static void read_input(void) {
  static uint8_t buf[64 * 1024];
  size_t space = (size_t)(RING_FRAMES - ring_len) * FRAME_BYTES;
  if (in_bytes < discard_until) space = sizeof buf;
  if (space > sizeof buf) space = sizeof buf;
  if (space < FRAME_BYTES) return;
  ssize_t got = read(0, buf, space);
  if (got == 0) {
    eof = 1;
    return;
  }
  if (got < 0) {
    if (errno != EAGAIN && errno != EINTR) eof = 1;
    return;
  }
  last_input_us = now_us();
  size_t off = 0;
  if (in_bytes < discard_until) {
    uint64_t skip = discard_until - in_bytes;
    off = skip < (uint64_t)got ? (size_t)skip : (size_t)got;
    in_bytes += off;
    carry_len = 0;
  }
  for (; off < (size_t)got; off++, in_bytes++) {
    carry[carry_len++] = buf[off];
    if (carry_len < FRAME_BYTES) continue;
    carry_len = 0;
    long at = (ring_head + ring_len) % RING_FRAMES;
    memcpy(ring + at * CHANNELS, carry, FRAME_BYTES);
    ring_len++;
  }
}

static void command(char *line) {
  char op = line[0];
  double v = strtod(line + 1, NULL);
  if (op == 'p' || op == 'd' || op == 'g') take_back();
  trace_line("c %llu %c %llu\n", (unsigned long long)now_us(), op, (unsigned long long)(ring_pos + ring_sent));
  int waiting = waiting_frames() > 0;
  if (op == 'p' && !held && !pausing) {
    fade_step = 1.0 / (v > 0 ? v : 1);
    pausing = 1;
    level_target = 0;
    if (!waiting || level == 0 || !started) faded_out();
  } else if (op == 'r' && (held || pausing)) {
    fade_step = 1.0 / (v > 0 ? v : 1);
    held = pausing = 0;
    level_target = dropping ? 0 : 1;
    status();
  } else if (op == 'f') {
    fade_step = 1.0 / (v > 0 ? v : 1);
  } else if (op == 'd') {
    drop_offset = strtoull(line + 1, NULL, 10);
    dropping = 1;
    level_target = 0;
    if (!waiting || level == 0 || held || !started) faded_out();
  } else if (op == 'g') {
    gain_target = v < 0 ? 0 : v > 1 ? 1 : v;
    gain_step = (gain_target - gain) / GAIN_RAMP_FRAMES;
    if (gain_step == 0) gain = gain_target;
  }
}

/* Reads commands; returns 0 once the control pipe is closed. */
static int read_commands(void) {
  static char buf[4096];
  static size_t len;
  ssize_t got = read(CTRL_FD, buf + len, sizeof buf - 1 - len);
  if (got <= 0) return got < 0 && (errno == EAGAIN || errno == EINTR);
  len += (size_t)got;
  char *start = buf, *nl;
  while ((nl = memchr(start, '\n', len - (size_t)(start - buf)))) {
    *nl = 0;
    command(start);
    start = nl + 1;
  }
  len -= (size_t)(start - buf);
  memmove(buf, start, len);
  if (len == sizeof buf - 1) len = 0; /* a line that long is no command */
  return 1;
}

static int open_pcm(const char *device, long lead_ms, long depth_ms) {
  int err = snd_pcm_open(&pcm, device, SND_PCM_STREAM_PLAYBACK, SND_PCM_NONBLOCK);
  if (err < 0) return err;
  /* No sound card, no clock: the model DAC holds what ALSA would, and the device gets frames only as played. */
  snd_pcm_info_t *info;
  snd_pcm_info_alloca(&info);
  modelled = snd_pcm_info(pcm, info) >= 0 && snd_pcm_info_get_card(info) < 0;
  snd_pcm_hw_params_t *hw;
  snd_pcm_hw_params_alloca(&hw);
  /* Room for the depth and a write's worth more (the model's own room; its device needs little); periods of a
     third of the lead. */
  unsigned int rate = RATE, buffer_us = (unsigned int)(modelled ? lead_ms * 2 : depth_ms * 3 / 2) * 1000u,
               period_us = (unsigned int)lead_ms * 1000u / 3u;
  int dir = 0;
  if ((err = snd_pcm_hw_params_any(pcm, hw)) < 0 || (err = snd_pcm_hw_params_set_rate_resample(pcm, hw, 1)) < 0 ||
      (err = snd_pcm_hw_params_set_access(pcm, hw, SND_PCM_ACCESS_RW_INTERLEAVED)) < 0 ||
      (err = snd_pcm_hw_params_set_format(pcm, hw, SND_PCM_FORMAT_S16_LE)) < 0 ||
      (err = snd_pcm_hw_params_set_channels(pcm, hw, CHANNELS)) < 0 ||
      (err = snd_pcm_hw_params_set_rate_near(pcm, hw, &rate, &dir)) < 0 ||
      (err = snd_pcm_hw_params_set_buffer_time_near(pcm, hw, &buffer_us, &dir)) < 0 ||
      (err = snd_pcm_hw_params_set_period_time_near(pcm, hw, &period_us, &dir)) < 0 ||
      (err = snd_pcm_hw_params(pcm, hw)) < 0)
    return err;
  if (rate != RATE) return -EINVAL;
  snd_pcm_uframes_t buffer, period;
  snd_pcm_hw_params_get_buffer_size(hw, &buffer);
  snd_pcm_hw_params_get_period_size(hw, &period, &dir);
  /* Neither the lead nor the depth exceeds what ALSA can hold. */
  buffer_frames = modelled ? depth_ms * 3 / 2 * RATE / 1000 : (long)buffer;
  lead_frames = lead_ms * RATE / 1000;
  if (lead_frames > buffer_frames) lead_frames = buffer_frames;
  depth_frames = depth_ms * RATE / 1000;
  if (depth_frames > buffer_frames) depth_frames = buffer_frames;
  if (depth_frames < lead_frames) depth_frames = lead_frames;
  snd_pcm_sw_params_t *sw;
  snd_pcm_sw_params_alloca(&sw);
  if ((err = snd_pcm_sw_params_current(pcm, sw)) < 0 ||
      (err = snd_pcm_sw_params_set_start_threshold(pcm, sw, 1)) < 0 ||
      (err = snd_pcm_sw_params_set_avail_min(pcm, sw, period)) < 0 || (err = snd_pcm_sw_params(pcm, sw)) < 0)
    return err;
  if (modelled && !(model_buf = malloc((size_t)buffer_frames * FRAME_BYTES))) return -ENOMEM;
  return 0;
}

int main(int argc, char **argv) {
  const char *device = "default";
  long lead_ms = 30, depth_ms = 400, start_ms = 400;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--lead-ms") && i + 1 < argc) lead_ms = strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--depth-ms") && i + 1 < argc) depth_ms = strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--start-ms") && i + 1 < argc) start_ms = strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--trace") && i + 1 < argc) {
      trace = fopen(argv[++i], "a");
      if (!trace) perror("spotlet-alsa-out: trace");
    } else device = argv[i];
  }
  if (lead_ms < 5 || lead_ms > 2000) lead_ms = 30;
  if (depth_ms < lead_ms) depth_ms = lead_ms;
  if (depth_ms > 2000) depth_ms = 2000;
  if (start_ms < 0 || start_ms > 900) start_ms = 400;
  start_frames = start_ms * RATE / 1000;
  signal(SIGPIPE, SIG_IGN);
  int err = open_pcm(device, lead_ms, depth_ms);
  if (err < 0) {
    fprintf(stderr, "spotlet-alsa-out: cannot open %s: %s\n", device, snd_strerror(err));
    return 1;
  }
  fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);
  int have_ctrl = fcntl(CTRL_FD, F_GETFL) >= 0;
  if (have_ctrl) fcntl(CTRL_FD, F_SETFL, fcntl(CTRL_FD, F_GETFL) | O_NONBLOCK);
  status();
  uint64_t next_status = now_us() + 250000;
  for (;;) {
    top_up();
    long q = queued();
    long waiting = waiting_frames();
    if (eof && !waiting && !pausing && !dropping) {
      if (q == 0) break;
    } else if (eof && held) break;
    struct pollfd fds[2];
    int nfds = 0;
    int want_input = !eof && (ring_len < RING_FRAMES || in_bytes < discard_until);
    if (want_input) fds[nfds++] = (struct pollfd){.fd = 0, .events = POLLIN};
    if (have_ctrl) fds[nfds++] = (struct pollfd){.fd = CTRL_FD, .events = POLLIN};
    /* Wake when the queue falls to where the next write is due (or the DAC finishes). */
    int timeout = 250;
    long target = ahead();
    if (waiting && !held && !started) {
      uint64_t idle = now_us() - last_input_us, wait = start_wait_us(waiting);
      timeout = idle < wait ? (int)((wait - idle) / 1000) + 1 : 0;
    } else if (waiting && !held) {
      long due = alsa_full ? target / 3 : q - (target - target / 3);
      timeout = due > 0 ? (int)(due * 1000 / RATE) + 1 : 0;
    } else if (eof && q) {
      timeout = (int)(q * 1000 / RATE) + 1;
    }
    if (poll(fds, (nfds_t)nfds, timeout) < 0 && errno != EINTR) break;
    for (int i = 0; i < nfds; i++) {
      if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      if (fds[i].fd == 0) read_input();
      else have_ctrl = read_commands();
    }
    uint64_t t = now_us();
    if (t >= next_status) {
      if (!held && ring_len) status();
      next_status = t + 250000;
    }
  }
  status();
  if (modelled) model_pass(); /* what the model DAC played reaches the device; what it still held is dropped */
  snd_pcm_drop(pcm);
  snd_pcm_close(pcm);
  if (trace) fclose(trace);
  return 0;
}
