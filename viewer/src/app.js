// The page: reads the key from the fragment, fetches the share from this relay, opens and
// verifies it (share.js) and shows it. Every text goes in with textContent; nothing from the
// share is ever parsed as HTML.

import { ShareError, b64urlDecode, fingerprint, openAttachment, openShare, parseLink, warmUp } from './share.js';
import {
  ITEM_ORDER,
  KIND_LABELS,
  LANGUAGE_NAMES,
  PROFILE_ORDER,
  REASONS,
  RTL,
  UI,
  fieldLabel,
  reasonFor,
} from './texts.js';

const state = { lang: 'de', view: { kind: 'loading' } };

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

function formatTime(unix) {
  const date = new Date(unix * 1000);
  return new Intl.DateTimeFormat(state.lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

function formatSize(n) {
  const nf = new Intl.NumberFormat(state.lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 });
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

function renderFailure(code) {
  const reason = REASONS[reasonFor(code)];
  return [
    el(
      'section',
      { class: 'failure', role: 'alert', 'data-reason': reasonFor(code) },
      el('h1', { lang: 'de', text: reason.de[0] }),
      el('p', { lang: 'de', text: reason.de[1] }),
      el('h2', { lang: 'en', text: reason.en[0] }),
      el('p', { lang: 'en', text: reason.en[1] }),
    ),
  ];
}

/** The office desk on this relay, asked to open this share after it is unlocked. */
function officeLink() {
  return `/office/#open=${encodeURIComponent(location.origin + location.pathname)}`;
}

function renderAddressed() {
  const out = [];
  for (const lang of state.lang === 'de' ? ['de', 'en'] : ['en', 'de']) {
    const x = UI[lang];
    out.push(
      el(
        'section',
        { class: 'addressed', lang, 'data-reason': 'addressed' },
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
      const value = k === 'kind' ? kindLabel : scalar(item[k]);
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

function renderVerified(v) {
  const x = t();
  const m = v.manifest;
  const content = m.content && typeof m.content === 'object' ? m.content : {};
  const out = [];

  out.push(
    el(
      'section',
      { class: 'verified', 'data-state': 'verified' },
      el('h1', {}, el('span', { class: 'tick', 'aria-hidden': 'true', text: '✓' }), ' ', x.verifiedTitle),
      el(
        'p',
        {},
        `${x.verifiedText} `,
        el('strong', { class: 'fp', dir: 'ltr', 'data-fingerprint': '', text: v.fingerprint }),
        ` ${x.verifiedText2}`,
      ),
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
  const toggle = document.getElementById('lang');
  toggle.textContent = x.switchTo;
  toggle.setAttribute('lang', x.switchLang);
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
      fingerprint: fingerprint(opened.holder),
      opens: answer.opens,
      blobs: prefetchBlobs(link.id, answer.blob_token, opened.manifest.attachments),
    };
  } catch (e) {
    fail(e instanceof ShareError ? e.code : 'integrity');
    return;
  }
  render();
  performance.mark('mappe:fields-shown');
}

function boot() {
  document.getElementById('lang').addEventListener('click', () => {
    state.lang = state.lang === 'de' ? 'en' : 'de';
    render();
  });
  render();
  start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
