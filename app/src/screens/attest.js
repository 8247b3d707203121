// Office confirmations (attestations, docs/spec/attestation-v1.md) on the person's side: the key
// to give an office ("My key for offices"), keeping an office's confirmation with a residence
// paper or certificate, and how a confirmation shows on the paper. The core checks everything
// (`importAttestation`); this draws and saves.
import { h, tr, button, show, busy, notice, appError } from '../ui.js';
import { t, lang } from '../i18n.js';
import { loadCore, now } from '../core.js';
import { session, save } from '../session.js';

/** The wallet's confirmations by entry (`residence/<id>`, `certificates/<id>`). */
export function attestationsByEntry() {
  const map = new Map();
  try {
    for (const a of session.wallet.attestations(now())) map.set(a.entry, a);
  } catch (err) {
    console.warn('attestations', err);
  }
  return map;
}

/** The last day a confirmation is valid (it ends at `expiresAt`), in the interface language. */
export function lastDay(expiresAt) {
  const d = new Date((expiresAt - 1) * 1000);
  try {
    return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  } catch {
    return d.toISOString().slice(0, 10);
  }
}

/** The label of a confirmed fact ("Valid until"); an unknown name stays as it is. */
export function claimLabel(name) {
  const id = `claim-${name}`;
  const text = t(id);
  return text === id ? name : text;
}

/** A confirmed fact's value in words: yes/no, the kind of paper by its name, else as given. */
export function claimValue(name, value) {
  if (value === true) return t('claim-yes');
  if (value === false) return t('claim-no');
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return JSON.stringify(value);
  if (name === 'kind') {
    const id = `kind-${value}`;
    const text = t(id);
    if (text !== id) return text;
  }
  return value;
}

/** The badge on a paper: "Confirmed by … until …", or that the confirmation expired. */
export function badge(a) {
  const args = { name: a.issuerName || t('attest-some-office'), date: lastDay(a.expiresAt) };
  return h(
    'p',
    { class: a.expired ? 'badge expired' : 'badge confirmed', 'data-badge': a.expired ? 'expired' : 'confirmed' },
    h('span', { class: 'badge-mark', 'aria-hidden': 'true', text: a.expired ? '!' : '✓' }),
    h('span', { text: t(a.expired ? 'attest-badge-expired' : 'attest-badge', args) }),
  );
}

/** The block on a paper's card: the badge and the confirmed facts. */
export function confirmation(a) {
  const facts = h(
    'dl',
    { class: 'facts small attest-facts' },
    Object.entries(a.claims).flatMap(([name, value]) => [
      h('dt', { text: claimLabel(name) }),
      h('dd', { dir: 'auto', 'data-claim': name, text: claimValue(name, value) }),
    ]),
  );
  return h('div', { class: 'attest', 'data-attestation': a.expired ? 'expired' : 'confirmed', 'data-entry': a.entry }, badge(a), tr('p', 'attest-facts', undefined, { class: 'label' }), facts);
}

// ---- my key for offices -----------------------------------------------------------------------

/** The person's key (hex, in groups of four), its fingerprint and a QR code of the key. */
export async function keyScreen(view, back) {
  const key = session.wallet.publicKey();
  const fingerprint = session.wallet.fingerprint();
  const groups = key.match(/.{1,4}/g);
  const core = await loadCore();
  const qr = URL.createObjectURL(new Blob([core.qrSvg(key)], { type: 'image/svg+xml' }));
  const out = h('div', { class: 'out' });
  const copy = button('key-copy', async () => {
    out.replaceChildren();
    try {
      await navigator.clipboard.writeText(key);
      out.append(notice('key-copied', undefined, 'ok'));
    } catch {
      out.append(notice('key-copy-failed', undefined, 'error'));
    }
  }, { 'data-action': 'copy-key' });
  show(
    view,
    h(
      'section',
      { class: 'key-screen', 'data-key': key, 'data-fingerprint': fingerprint },
      tr('h1', 'key-title'),
      tr('p', 'key-intro'),
      h('div', { class: 'card' },
        tr('p', 'key-key', undefined, { class: 'label' }),
        h('p', { class: 'key-hex', 'data-key-text': '', dir: 'ltr', lang: 'en' }, groups.map((g) => h('span', { text: g }))),
        tr('p', 'key-fingerprint', undefined, { class: 'label' }),
        h('p', { class: 'key-fp', dir: 'ltr', 'data-key-fingerprint': '', text: fingerprint }),
        tr('p', 'key-fingerprint-hint', undefined, { class: 'hint' }),
        h('img', { src: qr, class: 'qr key-qr', alt: key }),
        copy,
        out,
      ),
      tr('p', 'key-not-secret', undefined, { class: 'hint' }),
      button('back', back, { class: 'link', 'data-action': 'back' }),
    ),
  );
}

// ---- keeping an office's confirmation with a paper -----------------------------------------------

/** The sentence for a refused confirmation, by the core's code and detail. */
export function importError(err) {
  if (!err || err.name !== 'MappeError') return err;
  const detail = err.detail || '';
  let id = null;
  if (err.code === 'integrity') id = 'attest-error-integrity';
  else if (err.code === 'expired') id = 'attest-error-expired';
  else if (err.code === 'bad_input') {
    if (detail === 'other_holder') id = 'attest-error-other_holder';
    else if (detail === 'not_yet_valid') id = 'attest-error-not_yet_valid';
    else if (detail === 'bad_input') id = 'attest-error-wrong_paper';
    else id = 'attest-error-unreadable';
  } else if (err.code === 'too_large') id = 'attest-error-unreadable';
  if (!id) return err;
  const e = appError(id, err.message);
  e.coreCode = err.code;
  e.detail = detail;
  return e;
}

/** Largest file read as a confirmation (an SD-JWT is a few KB; a QR photo may be larger). */
const MAX_FILE = 16 * 1024 * 1024;

/**
 * The form for `entry` (`residence/<id>` or `certificates/<id>`): paste the office's text, choose
 * its file (the text, or a picture of its QR code) or scan its QR code; `done(noticeId)` goes back.
 */
export function attestForm(view, entry, title, { done, cancel, scanCamera }) {
  const text = h('textarea', { rows: 5, class: 'wide attest-text', dir: 'ltr', spellcheck: 'false', autocapitalize: 'off', autocomplete: 'off', id: 'attest-text', 'data-input': 'attestation' });
  const out = h('div', { class: 'out' });
  const camera = h('div', { class: 'camera-slot' });
  const fileInput = h('input', { type: 'file', accept: '.sdjwt,.txt,text/plain,image/*', class: 'visually-hidden', 'data-file': 'attestation' });
  // The sentence of a refusal may be below the fold (the buttons are at the end of the form).
  const shown = () => {
    if (out.firstChild) out.scrollIntoView({ block: 'center' });
  };
  fileInput.addEventListener('change', () =>
    busy(fileBtn, out, async () => {
      const f = fileInput.files && fileInput.files[0];
      fileInput.value = '';
      if (!f) return;
      if (f.size > MAX_FILE) throw appError('attest-error-unreadable');
      const head = new Uint8Array(await f.slice(0, 8).arrayBuffer());
      const image = f.type.startsWith('image/') || (head[0] === 0x89 && head[1] === 0x50) || (head[0] === 0xff && head[1] === 0xd8);
      let got;
      if (image) {
        const { readImageQr } = await import('./scan.js');
        got = await readImageQr(f);
        if (!got) throw appError('attest-no-code');
      } else got = await f.text();
      await keep(got);
    }).then(shown),
  );
  const fileBtn = button('attest-file', () => fileInput.click(), { 'data-action': 'attest-file' });
  const scanBtn = button('attest-scan', () =>
    busy(scanBtn, out, async () => {
      const got = await scanCamera(camera, 'attest-scan-title', 'attest-no-camera');
      if (got) await keep(got);
    }).then(shown), { 'data-action': 'attest-scan' });
  const go = button('attest-import', () => busy(go, out, () => keep(text.value)).then(shown), { class: 'primary', 'data-action': 'import-attestation' });

  async function keep(value) {
    const clean = String(value || '').trim();
    if (!clean) throw appError('attest-empty');
    try {
      session.wallet.importAttestation(clean, entry, now());
    } catch (err) {
      throw importError(err);
    }
    await save();
    done('attest-added');
  }

  show(
    view,
    tr('h1', 'attest-title'),
    h('p', { class: 'attest-paper', dir: 'auto', 'data-paper': entry, text: title }),
    tr('p', 'attest-intro'),
    h(
      'form',
      { class: 'card', 'data-form': 'attestation', on: { submit: (e) => e.preventDefault() } },
      h('div', { class: 'field' }, h('label', { for: 'attest-text', text: t('attest-paste'), 'data-t': 'attest-paste' }), text),
      go,
      tr('p', 'attest-or', undefined, { class: 'label or' }),
      h('div', { class: 'actions' }, fileBtn, scanBtn),
      fileInput,
      camera,
    ),
    out,
    button('cancel', cancel, { class: 'link' }),
  );
}
