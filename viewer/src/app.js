// The page: reads the key from the fragment, fetches the share from this relay, opens and
// verifies it (share.js) and shows it. Every text goes in with textContent; nothing from the
// share is ever parsed as HTML.

import {
  MAX_STATUS_TOKEN,
  MAX_TRUST_LIST,
  audienceForAgency,
  audienceForShare,
  lastValidDate,
  statusUris,
  verifyPresentation,
  verifyTrustList,
} from './attest.js';
import {
  ShareError,
  b64urlDecode,
  fingerprint,
  fromHex,
  openAttachment,
  openShare,
  parseLink,
  warmUp,
} from './share.js';
import {
  ATTEST_KINDS,
  CLAIM_ORDER,
  DATE_CLAIMS,
  ITEM_ORDER,
  KIND_LABELS,
  LANGS,
  LANGUAGE_NAMES,
  LOCALES,
  PROFILE_ORDER,
  REASONS,
  RTL,
  SELF_NAMES,
  UI,
  WORK_LABELS,
  fieldLabel,
  pickLanguage,
  reasonFor,
} from './texts.js';

const state = {
  lang: pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  view: { kind: 'loading' },
};

// ---- small DOM helpers ------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

const t = () => UI[state.lang];

const locale = () => LOCALES[state.lang];

function formatTime(unix) {
  const date = new Date(unix * 1000);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A day: 21.11.2026 in German, 21 Nov 2026 in English. */
function formatDay(unix) {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(unix * 1000));
}

/** A calendar date `YYYY-MM-DD` as a day in the interface language; other text as it is. */
function formatIsoDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

function formatSize(n) {
  const nf = new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 });
  if (n >= 1024 * 1024) return `${nf.format(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${nf.format(Math.round(n / 1024))} KB`;
  return `${n} B`;
}

/** A field value as readable text (null when there is nothing to show). */
function scalar(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const parts = value
      .map((v) => {
        if (v && typeof v === 'object' && !Array.isArray(v) && 'language' in v) {
          const level = scalar(v.level);
          return level ? `${scalar(v.language) ?? ''} (${level})` : scalar(v.language);
        }
        return scalar(v);
      })
      .filter((s) => s);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value)
      .map(([k, v]) => {
        const s = scalar(v);
        return s ? `${fieldLabel(k, state.lang)}: ${s}` : null;
      })
      .filter((s) => s);
    return parts.length ? parts.join('; ') : null;
  }
  return null;
}

function orderedKeys(obj, order) {
  const keys = Object.keys(obj);
  return [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k)).sort()];
}

function row(label, value, opts = {}) {
  return el(
    'div',
    { class: 'row' },
    el('dt', { text: label }),
    el('dd', { dir: opts.dir ?? 'auto', class: opts.class, text: value ?? t().empty }),
  );
}

// ---- views ------------------------------------------------------------------------------

function renderLoading() {
  return [el('p', { class: 'loading', text: t().opening })];
}

/** The interface language first, then German and English (what a caseworker here reads). */
function languagesShown() {
  return [...new Set([state.lang, 'de', 'en'])];
}

const dirOf = (lang) => (RTL.has(lang) ? 'rtl' : 'ltr');

function renderFailure(code) {
  const reason = REASONS[reasonFor(code)];
  return [
    el(
      'section',
      { class: 'failure', role: 'alert', 'data-reason': reasonFor(code) },
      languagesShown().map((lang, i) =>
        el(
          'div',
          { class: 'in-lang', lang, dir: dirOf(lang) },
          el(i === 0 ? 'h1' : 'h2', { text: reason[lang][0] }),
          el('p', { text: reason[lang][1] }),
        ),
      ),
    ),
  ];
}

/** The office desk on this relay, asked to open this share after it is unlocked. */
function officeLink() {
  return `/office/#open=${encodeURIComponent(location.origin + location.pathname)}`;
}

function renderAddressed() {
  const out = [];
  for (const lang of languagesShown()) {
    const x = UI[lang];
    out.push(
      el(
        'section',
        { class: 'addressed', lang, dir: dirOf(lang), 'data-reason': 'addressed' },
        el(lang === state.lang ? 'h1' : 'h2', { text: x.addressedTitle }),
        el('p', { text: x.addressedText }),
        el('p', { text: x.addressedHow }),
        el('p', {}, el('a', { class: 'office-link', href: officeLink(), 'data-office-link': '', text: x.addressedOffice })),
        el('p', { class: 'cli-hint', text: x.addressedCli }),
        el('pre', { class: 'cmd', dir: 'ltr', text: x.addressedCmd }),
      ),
    );
  }
  return out;
}

function renderItems(key, items) {
  const kinds = KIND_LABELS[key] || {};
  return items.map((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      return el('div', { class: 'card' }, el('p', { dir: 'auto', text: scalar(item) ?? t().empty }));
    }
    const kindLabel = kinds[item.kind]?.[state.lang] ?? scalar(item.kind);
    const head = scalar(item.title) ?? kindLabel ?? t().empty;
    const dl = el('dl');
    for (const k of orderedKeys(item, ITEM_ORDER)) {
      if (k === 'id' || k === 'title' || k === 'attachment') continue;
      if (k === 'kind' && head === kindLabel) continue; // already the heading
      let value = k === 'kind' ? kindLabel : scalar(item[k]);
      if (k === 'work' && key === 'residence') value = WORK_LABELS[item.work]?.[state.lang] ?? value;
      if (value === null || value === undefined) continue;
      dl.append(row(fieldLabel(k, state.lang), value));
    }
    return el('article', { class: 'card', 'data-item': `${key}/${item.id ?? ''}` }, el('h3', { dir: 'auto', text: head }), dl);
  });
}

function itemTitle(content, path) {
  const [section, id] = String(path).split('/');
  const items = Array.isArray(content?.[section]) ? content[section] : [];
  const item = items.find((i) => i && i.id === id);
  return item ? scalar(item.title) ?? KIND_LABELS[section]?.[item.kind]?.[state.lang] ?? path : path;
}

// ---- offices' attestations --------------------------------------------------------------

/** An attestation's claim as text in the interface language. */
function claimText(kind, name, value) {
  const x = t();
  if (typeof value === 'boolean') return value ? x.yes : x.no;
  if (typeof value === 'string') {
    if (DATE_CLAIMS.has(name)) return formatIsoDate(value);
    if (name === 'kind') {
      const table = kind === 'residence' ? KIND_LABELS.residence : kind === 'certificate' ? KIND_LABELS.certificates : null;
      return table?.[value]?.[state.lang] ?? value;
    }
    return value;
  }
  return scalar(value) ?? JSON.stringify(value);
}

/**
 * A name or date set into a right-to-left sentence, isolated (FSI … PDI) so that a Latin office
 * name or a date keeps its own order and does not pull the words around it.
 */
const isolate = (text) => (RTL.has(state.lang) ? `\u2068${text}\u2069` : text);

/** The headline and the one-line note of a verdict: only `confirmed` says "confirmed". */
function verdictWords(v) {
  const x = t();
  const office = v.issuer_name === undefined ? x.anOffice : isolate(v.issuer_name);
  switch (v.standing) {
    case 'confirmed':
      return [x.headConfirmed(office, isolate(formatDay(v.issued_at))), x.noteConfirmed];
    case 'untrusted_issuer':
      return [x.headUntrusted, x.noteUntrusted];
    case 'withdrawn':
      return [x.headWithdrawn, x.noteWithdrawn];
    case 'expired':
      return [x.headExpired(isolate(formatIsoDate(lastValidDate(v.expires_at)))), x.noteExpired];
    case 'status_unknown':
      return [x.headStatusUnknown, x.noteStatusUnknown(office)];
    default:
      return [x.headInvalid, x.noteInvalid];
  }
}

function renderAttestation(att, v, content) {
  const x = t();
  const standing = v.standing;
  const confirmed = standing === 'confirmed';
  const [head, note] = verdictWords(v);
  const mark = confirmed
    ? el('span', { class: 'seal', role: 'img', 'aria-label': x.seal, 'data-seal': '' }, el('span', { 'aria-hidden': 'true', text: '✓' }))
    : el('span', { class: 'mark', 'aria-hidden': 'true', text: standing === 'invalid' ? '✕' : '!' });
  const dl = el('dl');
  dl.append(row(x.aboutEntry, itemTitle(content, att.item)));
  if (standing !== 'invalid') {
    // An invalid attestation shows nothing of what it says.
    dl.append(row(x.paperKind, ATTEST_KINDS[v.kind]?.[state.lang] ?? v.kind));
    const claims = v.claims && typeof v.claims === 'object' ? v.claims : {};
    for (const name of orderedKeys(claims, CLAIM_ORDER)) {
      const r = row(fieldLabel(name, state.lang), claimText(v.kind, name, claims[name]));
      r.dataset.claim = name;
      dl.append(r);
    }
    if (confirmed) dl.append(row(x.confirmedUntil, formatIsoDate(lastValidDate(v.expires_at)), { dir: null }));
    if (Number.isSafeInteger(v.status_as_of)) dl.append(row(x.statusAsOf, formatTime(v.status_as_of), { dir: null }));
    const key = fromHex(v.issuer ?? '');
    if (key && key.length === 32) dl.append(row(x.officeKey, fingerprint(key), { dir: 'ltr', class: 'fp-small' }));
  }
  return el(
    'article',
    {
      class: `attest ${confirmed ? 'attest-confirmed' : 'attest-not-confirmed'}`,
      'data-attestation': att.item,
      'data-standing': standing,
      'data-reason': v.reason,
    },
    el('div', { class: 'attest-head' }, mark, el('h3', { 'data-headline': '', text: head })),
    el('p', { class: 'attest-note', text: note }),
    dl,
  );
}

function renderAttestations(v, content) {
  const x = t();
  const a = v.attest;
  const section = el(
    'section',
    { class: 'attestations', 'data-group': 'attestations', 'data-attestations': a.kind },
    el('h2', { text: x.attestTitle }),
    el('p', { class: 'attest-intro', text: x.attestIntro }),
  );
  if (a.kind !== 'done') {
    section.append(el('p', { class: 'loading', role: 'status', text: x.attestChecking }));
    return section;
  }
  const trust =
    a.trust.state === 'listed'
      ? x.trustFrom(isolate(a.trust.list.publisher))
      : a.trust.state === 'none'
        ? x.trustNone
        : x.trustBroken;
  section.append(el('p', { class: 'trust', 'data-trust': a.trust.state, text: trust }));
  v.manifest.attestations.forEach((att, i) => section.append(renderAttestation(att, a.verdicts[i], content)));
  return section;
}

function renderVerified(v) {
  const x = t();
  const m = v.manifest;
  const content = m.content && typeof m.content === 'object' ? m.content : {};
  const out = [];

  // What the share's own signature proves: the person stated this and nothing changed since.
  // Never "verified" or "confirmed": that is only what an office's attestation can say (below).
  const [before, after] = x.statedText.split('{fp}');
  out.push(
    el(
      'section',
      { class: 'stated', 'data-state': 'verified', 'data-stated': '' },
      el('h1', {}, el('span', { class: 'stated-mark', 'aria-hidden': 'true', text: '✎' }), ' ', x.statedTitle),
      el(
        'p',
        {},
        before,
        el('strong', { class: 'fp', dir: 'ltr', 'data-fingerprint': '', text: v.fingerprint }),
        after,
      ),
      el('p', { class: 'caveat', text: x.statedCaveat }),
    ),
  );

  const summary = el('dl', { class: 'summary' });
  summary.append(row(x.sharedWith, m.audience ? m.audience.name : x.anyone));
  if (m.purpose) summary.append(row(x.purpose, m.purpose));
  summary.append(row(x.validUntil, formatTime(m.expires_at), { dir: 'ltr' }));
  const opens = Number.isSafeInteger(v.opens) ? v.opens : 0;
  summary.append(
    row(
      x.opensLeft,
      m.max_opens === null || m.max_opens === undefined
        ? x.opensUnlimited(opens)
        : x.opensLeftValue(Math.max(0, m.max_opens - opens), m.max_opens),
      { dir: null },
    ),
  );
  out.push(el('section', { class: 'meta' }, summary));

  const fields = el('div', { id: 'fields', 'data-fields': '' });
  if (content.profile && typeof content.profile === 'object' && !Array.isArray(content.profile)) {
    const dl = el('dl');
    for (const k of orderedKeys(content.profile, PROFILE_ORDER)) {
      dl.append(row(fieldLabel(k, state.lang), scalar(content.profile[k])));
    }
    fields.append(el('section', { class: 'group', 'data-group': 'profile' }, el('h2', { text: x.profile }), dl));
  }
  for (const key of ['cv', 'certificates', 'residence']) {
    if (Array.isArray(content[key])) {
      fields.append(
        el('section', { class: 'group', 'data-group': key }, el('h2', { text: x[key] }), renderItems(key, content[key])),
      );
    }
  }
  const others = Object.keys(content).filter((k) => !['profile', 'cv', 'certificates', 'residence'].includes(k));
  if (others.length) {
    const dl = el('dl');
    for (const k of others.sort()) dl.append(row(fieldLabel(k, state.lang), scalar(content[k])));
    fields.append(el('section', { class: 'group', 'data-group': 'other' }, el('h2', { text: x.other }), dl));
  }
  out.push(fields);

  if (Array.isArray(m.attestations) && m.attestations.length) out.push(renderAttestations(v, content));

  if (m.attachments.length) {
    const list = el('ul', { class: 'scans' });
    for (const ref of m.attachments) {
      const status = el('span', { class: 'scan-status', role: 'status' });
      const button = el('button', {
        type: 'button',
        class: 'download',
        'data-blob': ref.blob,
        text: `${x.download} (${formatSize(ref.size)})`,
        onclick: () => download(v, ref, button, status),
      });
      list.append(
        el(
          'li',
          {},
          el('span', { class: 'scan-name', dir: 'auto', text: ref.name }),
          el('span', { class: 'scan-of', dir: 'auto', text: `${x.scanOf}: ${itemTitle(content, ref.item)}` }),
          button,
          status,
        ),
      );
    }
    out.push(el('section', { class: 'group', 'data-group': 'scans' }, el('h2', { text: x.scans }), list));
  }

  const consentLang = /^[a-z]{2,3}$/.test(m.consent.lang) ? m.consent.lang : 'und';
  const langName = LANGUAGE_NAMES[consentLang]?.[state.lang] ?? consentLang;
  out.push(
    el(
      'section',
      { class: 'consent' },
      el('h2', { text: x.consentTitle }),
      el('p', { class: 'consent-lang', text: `${x.consentLang}: ${langName}` }),
      el('blockquote', {
        lang: consentLang,
        dir: RTL.has(consentLang) ? 'rtl' : 'ltr',
        'data-consent': '',
        text: m.consent.text,
      }),
    ),
  );

  out.push(
    el(
      'footer',
      { class: 'details' },
      el(
        'dl',
        {},
        row(x.shareId, m.share_id, { dir: 'ltr' }),
        row(x.revision, String(m.revision), { dir: 'ltr' }),
        row(x.createdAt, formatTime(m.created_at), { dir: 'ltr' }),
      ),
      el('button', { type: 'button', class: 'print', text: x.print, onclick: () => window.print() }),
    ),
  );
  return out;
}

function render() {
  const x = t();
  document.documentElement.lang = state.lang;
  document.documentElement.dir = dirOf(state.lang);
  const menu = document.getElementById('lang');
  menu.value = state.lang;
  menu.setAttribute('aria-label', x.language);
  menu.title = x.language;
  const main = document.getElementById('main');
  const view = state.view;
  main.dataset.state = view.kind;
  let nodes;
  if (view.kind === 'loading') nodes = renderLoading();
  else if (view.kind === 'failure') nodes = renderFailure(view.code);
  else if (view.kind === 'addressed') nodes = renderAddressed();
  else nodes = renderVerified(view);
  main.replaceChildren(...nodes);
  if (view.kind === 'failure') main.dataset.error = reasonFor(view.code);
  else delete main.dataset.error;
}

function fail(code) {
  // Forget everything that was opened: nothing but the reason stays on the page.
  state.view = { kind: 'failure', code };
  render();
}

// ---- scans ------------------------------------------------------------------------------

const SAFE_TYPES = {
  'application/pdf': (b) => b.length >= 5 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-',
  'image/jpeg': (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
};

function safeName(name) {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const base = String(name).split(/[/\\]/).pop().replace(/[\u0000-\u001f\u007f]/g, '').replace(/^\.+/, '');
  return base || 'scan';
}

async function download(v, ref, button, status) {
  button.disabled = true;
  status.textContent = t().downloading;
  let bytes;
  try {
    bytes = await v.blobs.get(ref.blob)();
  } catch {
    status.textContent = t().downloadFailed;
    button.disabled = false;
    return;
  }
  let plain;
  try {
    plain = openAttachment(ref, bytes);
  } catch {
    fail('integrity');
    return;
  }
  const check = SAFE_TYPES[ref.media_type];
  const type = check && check(plain) ? ref.media_type : 'application/octet-stream';
  const url = URL.createObjectURL(new Blob([plain], { type }));
  const a = el('a', { href: url, download: safeName(ref.name), class: 'hidden-link' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.textContent = '';
  button.disabled = false;
}

/** Fetches each blob once, right after opening (the download token is short-lived). */
function prefetchBlobs(id, token, refs) {
  const blobs = new Map();
  for (const ref of refs) {
    let pending = null;
    const get = async () => {
      const res = await fetch(`/v1/shares/${id}/blobs/${ref.blob}?token=${encodeURIComponent(token ?? '')}`, {
        cache: 'no-store',
        credentials: 'omit',
      });
      if (!res.ok) throw new Error(`blob ${ref.blob}: ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    };
    blobs.set(ref.blob, () => {
      if (!pending) pending = get().catch((e) => { pending = null; throw e; });
      return pending;
    });
    // Start in the background once the page has been drawn.
    setTimeout(() => blobs.get(ref.blob)().catch(() => {}), 0);
  }
  return blobs;
}

// ---- trust list and status lists (the page does the fetching; attest.js only checks) ------

/** GET on this origin, as text, refused above `limit` bytes; `text` null when not 2xx. */
async function fetchText(path, limit) {
  const res = await fetch(path, { cache: 'no-store', credentials: 'omit' });
  if (!res.ok) return { status: res.status, text: null };
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new Error(`${path}: larger than ${limit} bytes`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > limit) throw new Error(`${path}: larger than ${limit} bytes`);
  return { status: res.status, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
}

/**
 * The trust list of the relay that serves this page (`/v1/directory`), checked against that
 * relay's own key (`/.well-known/mappe-relay.json`). This page trusts that relay anyway: it
 * serves the page's code. 404: the relay publishes none, so no office is trusted.
 */
async function loadTrust() {
  try {
    const [dir, doc] = await Promise.all([
      fetchText('/v1/directory', MAX_TRUST_LIST),
      fetchText('/.well-known/mappe-relay.json', 4096).catch(() => null),
    ]);
    if (dir.status === 404) return { state: 'none', list: null };
    if (dir.text === null || !doc?.text) return { state: 'broken', list: null };
    const relay = JSON.parse(doc.text);
    const key = typeof relay?.key === 'string' ? fromHex(relay.key) : null;
    if (relay?.v !== 1 || !key || key.length !== 32 || fingerprint(key) !== relay.fingerprint) {
      return { state: 'broken', list: null };
    }
    return { state: 'listed', list: verifyTrustList(dir.text, key) };
  } catch {
    return { state: 'broken', list: null };
  }
}

/** A status list's path, if this page may fetch it: same origin (CSP connect-src 'self'), `/v1/status/<hex>`. */
function statusPath(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if (url.origin !== location.origin || url.search || !/^\/v1\/status\/[0-9a-f]{64}$/.test(url.pathname)) return null;
  return url.pathname;
}

/** Every attestation's verdict; a list that cannot be fetched never makes one "confirmed". */
async function judgeAttestations(manifest, holder) {
  const texts = manifest.attestations.map((a) => a.sd_jwt);
  const statuses = new Map();
  const [trust] = await Promise.all([
    loadTrust(),
    ...statusUris(texts).map(async (uri) => {
      const path = statusPath(uri);
      if (!path) return; // another origin: status unknown
      try {
        const got = await fetchText(path, MAX_STATUS_TOKEN);
        if (got.text !== null) statuses.set(uri, got.text);
      } catch {
        // status unknown
      }
    }),
  ]);
  const ctx = {
    holder,
    shareId: manifest.share_id,
    aud: manifest.audience ? audienceForAgency(manifest.audience.ed25519) : audienceForShare(manifest.share_id),
    now: Math.floor(Date.now() / 1000),
    trust: trust.list,
    statuses,
  };
  const verdicts = await Promise.all(texts.map((text) => verifyPresentation(text, ctx)));
  return { kind: 'done', trust, verdicts };
}

// ---- start ------------------------------------------------------------------------------

async function start() {
  let link;
  try {
    link = parseLink(location.pathname, location.hash);
  } catch {
    fail('bad_link');
    return;
  }
  if (!link.key) {
    state.view = { kind: 'addressed' };
    render();
    return;
  }
  let answer;
  try {
    const pending = fetch(`/v1/shares/${link.id}`, { cache: 'no-store', credentials: 'omit' });
    warmUp(); // while the share is on the network
    const res = await pending;
    if (!res.ok) {
      let code = 'unreachable';
      try {
        code = (await res.json()).error;
      } catch {
        // not JSON: keep "unreachable"
      }
      if (code === 'audience_required' || code === 'forbidden') {
        state.view = { kind: 'addressed' };
        render();
      } else {
        fail(code);
      }
      return;
    }
    answer = await res.json();
    performance.mark('mappe:fetched');
  } catch {
    fail('unreachable');
    return;
  }
  try {
    const ciphertext = typeof answer.ciphertext === 'string' ? b64urlDecode(answer.ciphertext) : null;
    if (!ciphertext) throw new ShareError('integrity');
    const revision = Number.isSafeInteger(answer.revision) ? answer.revision : 0;
    const opened = openShare(
      { id: link.id, key: link.key, revision, now: Math.floor(Date.now() / 1000) },
      ciphertext,
    );
    performance.mark('mappe:opened');
    state.view = {
      kind: 'verified',
      manifest: opened.manifest,
      holder: opened.holder,
      fingerprint: fingerprint(opened.holder),
      opens: answer.opens,
      blobs: prefetchBlobs(link.id, answer.blob_token, opened.manifest.attachments),
      attest: { kind: 'checking' },
    };
  } catch (e) {
    fail(e instanceof ShareError ? e.code : 'integrity');
    return;
  }
  render();
  performance.mark('mappe:fields-shown');
  const view = state.view;
  if (view.manifest.attestations?.length) {
    try {
      view.attest = await judgeAttestations(view.manifest, view.holder);
    } catch {
      // Never left "checking", never shown as confirmed: unjudged means nothing of them is shown.
      const verdicts = view.manifest.attestations.map(() => ({ standing: 'invalid', reason: 'internal', claims: {} }));
      view.attest = { kind: 'done', trust: { state: 'broken', list: null }, verdicts };
    }
    if (state.view === view) render();
    performance.mark('mappe:attestations-shown');
  }
}

function boot() {
  const menu = document.getElementById('lang');
  menu.replaceChildren(
    ...LANGS.map((lang) => el('option', { value: lang, lang, dir: dirOf(lang), text: SELF_NAMES[lang] })),
  );
  menu.addEventListener('change', () => {
    if (LANGS.includes(menu.value)) state.lang = menu.value;
    render();
  });
  render();
  start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
