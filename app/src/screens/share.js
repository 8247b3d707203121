// Share: choose fields, expiry, most opens, live, audience (bearer or an office card scanned
// with the camera or read from a file) → consent summary in the person's language → QR code.
import { h, tr, button, show, errorBox, busy, notice, appError } from '../ui.js';
import { t, lang, isRtl } from '../i18n.js';
import { loadCore, now } from '../core.js';
import { session, host, save, op } from '../session.js';
import * as store from '../db.js';
import { attestationsByEntry, claimLabel, claimValue, badge } from './attest.js';

const DAY = 86400;
const radio = (name, value, labelId, args, checked) =>
  h('label', { class: 'choice' }, h('input', { type: 'radio', name, value, checked }), h('span', { text: t(labelId, args) }));

/**
 * Under a paper an office confirmed: which of the confirmed facts to show (none ticked at first).
 * Independent of the paper's own box: the facts can be shown without what the person states.
 */
function attestChoice(a) {
  if (!a) return null;
  if (a.expired) return h('div', { class: 'attest-choice', 'data-attest-item': a.entry }, badge(a));
  return h(
    'fieldset',
    { class: 'attest-choice', 'data-attest-item': a.entry },
    h('legend', { text: t('share-attest-title', { name: a.issuerName || t('attest-some-office') }) }),
    Object.entries(a.claims).map(([name, value]) =>
      h(
        'label',
        { class: 'choice fact' },
        h('input', { type: 'checkbox', value: name, 'data-claim': name }),
        h('span', {}, h('span', { class: 'fact-name', text: claimLabel(name) }), h('span', { class: 'fact-value', dir: 'auto', text: claimValue(name, value) })),
      ),
    ),
    tr('p', 'share-attest-hint', undefined, { class: 'hint' }),
  );
}

export async function shareScreen(view, ctx) {
  const choices = session.wallet.fieldChoices(lang());
  const confirmed = attestationsByEntry();
  // Papers that have ended (the core decides) carry the same "expired" word as on the start screen.
  const ended = new Set(session.wallet.endedEntries(Math.floor(Date.now() / 1000)));
  const groups = new Map();
  for (const c of choices) {
    if (!groups.has(c.group)) groups.set(c.group, []);
    groups.get(c.group).push(c);
  }
  const what = h(
    'fieldset',
    { class: 'card', 'data-choices': '' },
    h('legend', { text: t('share-what') }),
    [...groups].map(([group, list]) =>
      h(
        'div',
        { class: 'group' },
        h('h3', { 'data-group': group, text: ['profile', 'cv', 'certificates', 'residence'].includes(group) ? t(`section-${group}`) : group }),
        list.flatMap((c) => [h('label', { class: 'choice' }, h('input', { type: 'checkbox', value: c.path, 'data-path': c.path }), h('span', { dir: 'auto', text: c.label }), ended.has(c.path) ? h('span', { class: 'ended', 'data-badge': 'paper-expired', text: t('urgency-expired') }) : null), attestChoice(confirmed.get(c.path))]),
      ),
    ),
  );
  const expiry = h('fieldset', { class: 'card' }, h('legend', { text: t('share-expiry') }), [7, 30, 90].map((d) => radio('expiry', String(d), 'share-days', { days: d }, d === 30)));
  const opens = h(
    'fieldset',
    { class: 'card' },
    h('legend', { text: t('share-opens') }),
    [1, 3, 10].map((n) => radio('opens', String(n), 'share-opens-count', { count: n }, n === 3)),
    radio('opens', '', 'share-opens-unlimited', undefined, false),
  );
  const live = h('fieldset', { class: 'card' }, h('legend', { text: t('share-live') }), radio('live', 'no', 'share-live-no', undefined, true), radio('live', 'yes', 'share-live-yes', undefined, false));
  let audience = null;
  const office = h('div', { class: 'office' });
  const who = h(
    'fieldset',
    { class: 'card' },
    h('legend', { text: t('share-who') }),
    radio('who', 'anyone', 'share-who-anyone', undefined, true),
    radio('who', 'office', 'share-who-office', undefined, false),
    office,
  );
  const purpose = h('input', { type: 'text', dir: 'auto', class: 'wide', maxlength: 200, id: 'share-purpose' });
  const out = h('div', { class: 'out' });

  const setCard = async (text) => {
    const core = await loadCore();
    const card = core.parseAgencyCard(text.trim());
    audience = text.trim();
    office.replaceChildren(h('p', { class: 'office-name', dir: 'auto', 'data-office': '', text: t('share-office', { name: card.name, fingerprint: card.fingerprint }) }));
  };
  who.addEventListener('change', () => {
    const wantOffice = who.querySelector('input[value=office]').checked;
    audience = null;
    office.replaceChildren();
    if (!wantOffice) return;
    const fileInput = h('input', { type: 'file', accept: 'application/json,.json,image/*', class: 'visually-hidden' });
    fileInput.addEventListener('change', () =>
      busy(fileBtn, out, async () => {
        const f = fileInput.files && fileInput.files[0];
        if (!f) return;
        if (f.type.startsWith('image/')) {
          const { readImageQr } = await import('./scan.js');
          const text = await readImageQr(f);
          if (!text) throw appError('scan-no-code');
          await setCard(text);
        } else await setCard(await f.text());
      }),
    );
    const scanBtn = button('share-scan-card', () =>
      busy(scanBtn, out, async () => {
        const text = await scanCamera(office);
        if (text) await setCard(text);
      }), { 'data-action': 'scan-card' });
    const fileBtn = button('share-card-file', () => fileInput.click());
    office.replaceChildren(h('div', { class: 'actions' }, scanBtn, fileBtn), fileInput);
  });

  const options = () => {
    const fields = [...what.querySelectorAll('input[data-path]:checked')].map((i) => i.value);
    const attest = [...what.querySelectorAll('[data-attest-item]')]
      .map((set) => ({ item: set.dataset.attestItem, claims: [...set.querySelectorAll('input[data-claim]:checked')].map((i) => i.value) }))
      .filter((c) => c.claims.length);
    if (!fields.length) throw appError(attest.length ? 'share-attest-nothing' : 'share-nothing');
    const get = (name) => view.querySelector(`input[name=${name}]:checked`).value;
    const wantOffice = get('who') === 'office';
    if (wantOffice && !audience) throw appError('share-scan-card');
    return {
      relay: ctx.relay(),
      fields,
      expiresAt: now() + Number(get('expiry')) * DAY,
      maxOpens: get('opens') ? Number(get('opens')) : null,
      live: get('live') === 'yes',
      lang: lang(),
      purpose: purpose.value.trim() || null,
      audience: wantOffice ? audience : null,
      attest,
    };
  };
  const next = button(
    'share-preview',
    () =>
      busy(next, out, async () => {
        const opts = options();
        const preview = session.wallet.sharePreview(opts, now());
        consentScreen(view, ctx, opts, preview);
      }),
    { class: 'primary', 'data-action': 'preview' },
  );
  show(
    view,
    tr('h1', 'share-title'),
    what,
    expiry,
    opens,
    live,
    who,
    h('div', { class: 'card field' }, h('label', { for: 'share-purpose', text: t('share-purpose') }), purpose),
    next,
    out,
  );
  ctx.ready();
}

/** Shows the camera in `where` until a QR code is read (its text) or cancelled (null). */
export async function scanCamera(where, titleId = 'scan-title', noCameraId = 'scan-no-camera') {
  const { readVideoQr } = await import('./scan.js');
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch {
    throw appError(noCameraId);
  }
  const keep = [...where.childNodes];
  let stopped = false;
  const video = h('video', { class: 'camera', playsinline: true, muted: true });
  video.srcObject = stream;
  where.replaceChildren(tr('p', titleId), video, button('cancel', () => (stopped = true)));
  try {
    await video.play();
    return await readVideoQr(video, () => stopped);
  } finally {
    for (const track of stream.getTracks()) track.stop();
    where.replaceChildren(...keep);
  }
}

function consentScreen(view, ctx, opts, preview) {
  const out = h('div', { class: 'out' });
  const go = button(
    'share-confirm',
    () =>
      busy(go, out, async () => {
        if (!navigator.onLine) throw appError('share-relay-needed');
        const made = await op('shareOp', host, opts, now());
        await save();
        await store.setSetting('relay', opts.relay);
        qrScreen(view, ctx, made);
      }),
    { class: 'primary', 'data-action': 'confirm-share' },
  );
  show(
    view,
    tr('h1', 'share-consent-title'),
    h('div', { class: 'consent card', lang: opts.lang, dir: isRtl(opts.lang) ? 'rtl' : 'ltr', 'data-consent': '', text: preview.consentText }),
    h('div', { class: 'actions' }, go, button('back', () => shareScreen(view, ctx))),
    out,
  );
}

function qrScreen(view, ctx, made) {
  const url = URL.createObjectURL(new Blob([made.qrSvg], { type: 'image/svg+xml' }));
  show(
    view,
    h(
      'section',
      { class: 'qr-full', 'data-share-id': made.shareId, 'data-share-url': made.url },
      tr('h1', 'share-qr-title'),
      h('img', { src: url, class: 'qr', alt: made.url }),
      button('share-qr-done', () => ctx.go('shares'), { class: 'primary' }),
    ),
  );
}

export { errorBox, notice };
