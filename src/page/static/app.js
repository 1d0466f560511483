// The speaker's page: plain JavaScript, no build step, no third-party service. It reads the speaker's state
// (/page/...) and its local API (/api/..., the go-librespot-compatible one) and posts JSON for every change.

const $ = (id) => document.getElementById(id);
let owner = false;
let apiMax = 0;
let settingsShown = false;
let pairing;
/** Whether the speaker serves its local API under /api (the now-playing card); asked until it says no. */
let apiThere = true;

/** JSON from the speaker; changes are POSTs with a JSON body (the server refuses anything else). */
async function call(path, body) {
  const init =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(path, { credentials: 'same-origin', cache: 'no-store', ...init });
  let data = {};
  try {
    data = await res.json();
  } catch {
    data = {};
  }
  return { status: res.status, ok: res.ok, data };
}

function note(el, text, bad) {
  el.hidden = !text;
  el.textContent = text || '';
  el.classList.toggle('bad', !!bad);
}

const time = (ms) => {
  const s = Math.max(0, Math.floor((ms || 0) / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function showOwner() {
  document.body.classList.toggle('owner', owner);
  $('not-owner').hidden = owner;
  $('is-owner').hidden = !owner;
  for (const el of document.querySelectorAll('[data-owner]')) el.disabled = !owner;
}

function showDeviceLogin(login) {
  const waiting = login.phase === 'waiting' && !login.hidden;
  $('code-box').hidden = !waiting;
  $('device-login').hidden = login.phase === 'waiting' || login.phase === 'requesting' || login.phase === 'logging-in';
  if (waiting) {
    $('code').textContent = login.userCode;
    const link = $('code-link');
    link.href = login.verificationUriComplete || login.verificationUri;
    link.textContent = login.verificationUri.replace(/^https?:\/\/(www\.)?/, '');
    $('code-expires').textContent =
      `(expires in ${Math.max(0, Math.round((login.expiresAt - Date.now()) / 60000))} min)`;
  }
  const texts = {
    requesting: ['Asking Spotify for a code…'],
    waiting: login.hidden ? ['A login by code is waiting: pair this browser to see the code.'] : [''],
    'logging-in': ['Code entered: logging in…'],
    done: [`Logged in as ${login.username}.`],
    failed: [`Login by code ended: ${login.reason}`, true],
  };
  const [text, bad] = texts[login.phase] || [''];
  note($('login-status'), text, bad);
}

async function refreshState() {
  let r;
  try {
    r = await call('/page/state');
  } catch {
    $('offline').hidden = false;
    return;
  }
  $('offline').hidden = r.ok;
  if (!r.ok) return;
  const s = r.data;
  document.title = `${s.name} · spotlet`;
  $('name').textContent = s.name;
  const badge = $('state');
  badge.textContent = s.state.replace(/-/g, ' ');
  badge.className = `badge ${s.state}`;
  $('user').textContent = s.user ? `· ${s.user}` : '';
  $('account-user').textContent = s.user || s.storedUser || 'nobody';
  $('version').textContent = s.version;
  $('password-form').hidden = !s.passwordLogin;
  owner = s.owner;
  showOwner();
  showDeviceLogin(s.deviceLogin);
  $('state-json').textContent = JSON.stringify(s, null, 2);
  if (!settingsShown) await loadSettings();
}

async function refreshLog() {
  const r = await call('/page/logs').catch(() => undefined);
  if (r?.ok) $('log').textContent = r.data.lines.slice(-80).join('\n');
}

/** Now playing, from the speaker's local API; the card stays hidden where there is none. */
async function refreshNow() {
  if (!apiThere) return;
  const r = await call('/api/status').catch(() => undefined);
  if (r?.status === 404) apiThere = false;
  if (!r || (r.status !== 200 && r.status !== 204)) {
    $('now').hidden = true;
    return;
  }
  $('now').hidden = false;
  const s = r.status === 200 ? r.data : {};
  const t = s.track;
  $('title').textContent = t ? t.name : 'Nothing playing';
  $('artists').textContent = t ? (t.artist_names || []).join(', ') : '';
  const art = $('art');
  art.hidden = !t?.album_cover_url;
  if (t?.album_cover_url && art.src !== t.album_cover_url) art.src = t.album_cover_url;
  $('position').textContent = time(t?.position);
  $('duration').textContent = time(t?.duration);
  $('progress').style.width = t?.duration ? `${Math.min(100, (100 * t.position) / t.duration)}%` : '0';
  $('playpause').setAttribute('aria-label', s.paused || s.stopped || !t ? 'Play' : 'Pause');
  const sleep = s.sleep_timer;
  if (document.activeElement !== $('sleep') && (!sleep || sleep.type === 'none')) $('sleep').value = 'clear';
  $('sleep-left').textContent =
    sleep?.type === 'duration'
      ? `${Math.ceil(sleep.remaining_ms / 60000)} min left`
      : sleep?.type === 'end_of_track'
        ? 'at the end of this track'
        : '';
  apiMax = s.volume_steps || apiMax;
  if (apiMax && document.activeElement !== $('volume'))
    $('volume').value = String(Math.round((100 * s.volume) / apiMax));
}

async function apiAction(path, body) {
  await call(path, body ?? {});
  await refreshNow();
}

// --- pairing and the password -------------------------------------------------------------------------------

async function pair() {
  const r = await call('/page/pair', {});
  if (!r.ok) return note($('pair-status'), r.data.error || 'Pairing refused.', true);
  pairing = { id: r.data.requestId, until: Date.now() + r.data.windowS * 1000 };
  $('pair').disabled = true;
  for (;;) {
    const left = Math.round((pairing.until - Date.now()) / 1000);
    note($('pair-status'), `Press a button on the speaker now (${Math.max(0, left)} s left).`);
    await new Promise((res) => setTimeout(res, 1000));
    const c = await call('/page/pair/claim', { requestId: pairing.id }).catch(() => undefined);
    const state = c?.data.state;
    if (state === 'waiting') continue;
    $('pair').disabled = false;
    pairing = undefined;
    if (state === 'paired') note($('pair-status'), 'Paired: this browser may change the speaker.');
    else if (state === 'cancelled')
      note($('pair-status'), 'Another browser asked at the same moment: try again.', true);
    else note($('pair-status'), 'No button was pressed in time: try again.', true);
    return refreshState();
  }
}

async function passwordSignIn(ev) {
  ev.preventDefault();
  const r = await call('/page/password', { password: $('password').value });
  $('password').value = '';
  note($('password-status'), r.ok ? 'Signed in.' : r.data.error || 'Refused.', !r.ok);
  await refreshState();
}

// --- settings -------------------------------------------------------------------------------------------------

function input(s) {
  if (s.choices) {
    const sel = document.createElement('select');
    for (const c of s.choices) sel.add(new Option(c, c, false, c === s.value));
    return sel;
  }
  if (s.kind === 'bool') {
    const sel = document.createElement('select');
    for (const c of ['true', 'false']) sel.add(new Option(c === 'true' ? 'on' : 'off', c, false, c === s.value));
    return sel;
  }
  const el = document.createElement('input');
  el.type = s.secret ? 'password' : s.kind === 'int' || s.kind === 'number' ? 'number' : 'text';
  el.value = s.value;
  // A secret is never shown: the field says whether one is set; typing replaces it.
  if (s.secret) {
    el.placeholder = s.secret.set ? 'set (type a new one to replace it)' : 'not set';
    el.autocomplete = 'new-password';
  }
  return el;
}

async function loadSettings() {
  const r = await call('/page/settings').catch(() => undefined);
  if (!r?.ok) return;
  settingsShown = true;
  const box = $('settings-fields');
  box.textContent = '';
  for (const s of r.data.settings) {
    const div = document.createElement('div');
    div.className = 'field';
    const label = document.createElement('label');
    label.textContent = s.label;
    const el = input(s);
    el.name = s.key;
    el.dataset.initial = s.value;
    el.dataset.owner = '';
    el.id = `setting-${s.key}`;
    label.htmlFor = el.id;
    const help = document.createElement('p');
    help.className = 'help';
    const allowed = s.choices || s.kind === 'bool' ? '' : ` Allowed: ${s.allowed}.`;
    help.textContent = `${s.doc}${allowed}${s.note ? ` ${s.note}` : ''}${s.locked ? ` (${s.locked})` : ''}`;
    const error = document.createElement('p');
    error.className = 'error';
    error.hidden = true;
    div.append(label, el, help, error);
    box.append(div);
    if (s.locked) el.dataset.locked = 'yes';
  }
  showOwner();
  for (const el of box.querySelectorAll('[data-locked]')) el.disabled = true;
}

async function saveSettings(ev) {
  ev.preventDefault();
  const values = {};
  for (const el of $('settings-fields').querySelectorAll('[name]')) {
    el.parentElement.querySelector('.error').hidden = true;
    if (!el.disabled && el.value !== el.dataset.initial) values[el.name] = el.value;
  }
  if (!Object.keys(values).length) return note($('settings-status'), 'Nothing changed.');
  const r = await call('/page/settings', { values });
  if (!r.ok) {
    for (const [key, text] of Object.entries(r.data.errors || {})) {
      const el = document.getElementById(`setting-${key}`);
      const error = el?.parentElement.querySelector('.error');
      if (error) {
        error.textContent = text;
        error.hidden = false;
      }
    }
    return note($('settings-status'), r.data.error || 'Not saved.', true);
  }
  note($('settings-status'), 'Saved. The speaker restarts to apply it…');
  settingsShown = false;
  // The speaker is back when it answers again with the new values.
  for (let i = 0; i < 60; i++) {
    await new Promise((res) => setTimeout(res, 1000));
    const s = await call('/page/settings').catch(() => undefined);
    if (s?.ok && s.data.settings.every((x) => values[x.key] === undefined || x.value === values[x.key])) break;
  }
  await loadSettings();
  note($('settings-status'), 'Saved and applied.');
  await refreshState();
}

// --- account --------------------------------------------------------------------------------------------------

async function deviceLogin() {
  const r = await call('/page/device-login', {});
  if (!r.ok) note($('login-status'), r.data.error, true);
  await refreshState();
}

async function forgetUser() {
  if (!confirm('Forget the Spotify account on this speaker? Phones can log it in again.')) return;
  const r = await call('/page/forget-user', {});
  note($('login-status'), r.ok ? 'The user was forgotten.' : r.data.error, !r.ok);
  await refreshState();
}

async function signOut(all) {
  if (all && !confirm('Forget every paired browser, this one too?')) return;
  await call(all ? '/page/forget-browsers' : '/page/sign-out', {});
  await refreshState();
}

function start() {
  $('pair').addEventListener('click', () => void pair());
  $('password-form').addEventListener('submit', (ev) => void passwordSignIn(ev));
  $('settings-form').addEventListener('submit', (ev) => void saveSettings(ev));
  $('device-login').addEventListener('click', () => void deviceLogin());
  $('cancel-login').addEventListener('click', () => void call('/page/device-login/cancel', {}).then(refreshState));
  $('forget-user').addEventListener('click', () => void forgetUser());
  $('sign-out').addEventListener('click', () => void signOut(false));
  $('forget-browsers').addEventListener('click', () => void signOut(true));
  $('playpause').addEventListener('click', () => void apiAction('/api/player/playpause'));
  $('next').addEventListener('click', () => void apiAction('/api/player/next'));
  $('prev').addEventListener('click', () => void apiAction('/api/player/prev'));
  $('volume').addEventListener(
    'change',
    (ev) => void apiAction('/api/player/volume', { volume: Math.round((Number(ev.target.value) * apiMax) / 100) }),
  );
  $('sleep').addEventListener('change', (ev) => {
    const v = ev.target.value;
    const body = v === 'clear' || v === 'end_of_track' ? { type: v } : { type: 'duration', minutes: Number(v) };
    void apiAction('/api/player/sleep_timer', body);
  });
  const tick = async () => {
    await Promise.all([refreshState(), refreshNow()]);
    setTimeout(tick, document.hidden ? 5000 : 1000);
  };
  void tick();
  void refreshLog();
  setInterval(() => void refreshLog(), 5000);
}

start();
