// One opened share: the verdict on what the person states ("stated by the person, unchanged since
// shared"), and apart from it each office's confirmation the share presents (attest.js); who it
// was shared with, validity, opens, revision, what changed since this office last opened it, the
// fields, the scans and the consent text the person saw (in their language). Printable as the
// record for the case file. Everything from the share goes in with textContent; nothing is parsed
// as HTML.
import { h, tr, button, show, errorBox, notice, when } from '../../ui.js';
import { t, lang, isRtl } from '../../i18n.js';
import { session, openShare } from '../session.js';
import { renderAttestations } from './attest.js';

const PROFILE_ORDER = ['given_names', 'family_name', 'aliases', 'birth_date', 'birth_place', 'nationality', 'languages', 'contact'];
const ITEM_ORDER = ['title', 'kind', 'organisation', 'place', 'from', 'to', 'cefr_level', 'exam', 'issuer', 'issued_on', 'number', 'valid_until', 'authority', 'legal_basis', 'work', 'conditions', 'description'];
const SECTIONS = ['profile', 'cv', 'certificates', 'residence'];

/** A translated word for `id` if the files have one, else `fallback`. */
const known = (id, fallback) => {
  const text = t(id);
  return text === id ? fallback : text;
};
const fieldLabel = (key) => known(`field-${key}`, String(key).replace(/_/g, ' '));
const kindLabel = (kind) => known(`item-${kind}`, kind == null ? null : String(kind));

/** A value as readable text (null when there is nothing to show). */
export function scalar(value) {
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
      .filter(Boolean);
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value)
      .map(([k, v]) => {
        const s = scalar(v);
        return s ? `${fieldLabel(k)}: ${s}` : null;
      })
      .filter(Boolean);
    return parts.length ? parts.join('; ') : null;
  }
  return null;
}

const ordered = (obj, order) => {
  const keys = Object.keys(obj);
  return [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k)).sort()];
};

const row = (label, value, props = {}) =>
  h('div', { class: 'row' }, h('dt', { text: label }), h('dd', { dir: 'auto', ...props, class: value == null ? 'unset' : props.class, text: value ?? t('empty') }));

function formatSize(n) {
  const nf = new Intl.NumberFormat(lang(), { maximumFractionDigits: 1 });
  if (n >= 1024 * 1024) return `${nf.format(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${nf.format(Math.round(n / 1024))} KB`;
  return `${nf.format(n)} B`;
}

function renderItems(section, items) {
  return items.map((item) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return h('article', { class: 'item' }, h('p', { dir: 'auto', text: scalar(item) ?? t('empty') }));
    const kind = kindLabel(item.kind);
    const head = scalar(item.title) ?? kind ?? t('empty');
    const dl = h('dl', { class: 'facts' });
    for (const k of ordered(item, ITEM_ORDER)) {
      if (k === 'id' || k === 'title' || k === 'attachment') continue;
      let value = k === 'kind' ? kind : scalar(item[k]);
      if (k === 'work' && section === 'residence' && value != null) value = known(`work-${value}`, value);
      if (value == null) continue;
      dl.append(row(fieldLabel(k), value, { 'data-field': k }));
    }
    return h('article', { class: 'item', 'data-item': `${section}/${item.id ?? ''}` }, h('h3', { dir: 'auto', 'data-field': 'title', text: head }), dl);
  });
}

/** The person's fields, by section; profile values carry data-field for tests and styling. */
function renderContent(content) {
  const out = h('div', { class: 'fields', 'data-fields': '' });
  const c = content && typeof content === 'object' ? content : {};
  if (c.profile && typeof c.profile === 'object' && !Array.isArray(c.profile)) {
    const dl = h('dl', { class: 'facts' });
    for (const k of ordered(c.profile, PROFILE_ORDER)) dl.append(row(fieldLabel(k), scalar(c.profile[k]), { 'data-field': k }));
    out.append(h('section', { class: 'group', 'data-section': 'profile' }, tr('h3', 'section-profile'), dl));
  }
  for (const key of ['cv', 'certificates', 'residence']) {
    if (Array.isArray(c[key]) && c[key].length) out.append(h('section', { class: 'group', 'data-section': key }, tr('h3', `section-${key}`), renderItems(key, c[key])));
  }
  const others = Object.keys(c).filter((k) => !SECTIONS.includes(k));
  if (others.length) {
    const dl = h('dl', { class: 'facts' });
    for (const k of others.sort()) dl.append(row(fieldLabel(k), scalar(c[k]), { 'data-field': k }));
    out.append(h('section', { class: 'group', 'data-section': 'other' }, tr('h3', 'section-other'), dl));
  }
  return out;
}

/**
 * A changed field's name in words of the interface. The core names them as `mappe open` does:
 * "family name", "contact phone", "cv 66prz2ch title" (list, entry id, field).
 */
function changedLabel(name) {
  const words = String(name).split(' ');
  if (SECTIONS.includes(words[0]) && words[0] !== 'profile' && words.length >= 3) {
    return `${known(`section-${words[0]}`, words[0])} ${words[1]}: ${fieldLabel(words.slice(2).join('_'))}`;
  }
  if (words[0] === 'contact' && words.length === 2) return `${fieldLabel('contact')}: ${fieldLabel(words[1])}`;
  return fieldLabel(words.join('_'));
}

function renderChanges(changes) {
  if (!changes) return null;
  const list = Array.isArray(changes.fields) ? changes.fields : [];
  const box = h('section', { class: 'card changes', 'data-changes': '' }, tr('h2', 'share-changed-title'));
  if (!list.length) {
    box.append(tr('p', 'share-changed-none'));
    return box;
  }
  box.append(h('p', { text: t('share-changed-intro', { revision: changes.since_revision }) }));
  const dl = h('dl', { class: 'facts' });
  for (const c of list) {
    const from = scalar(c.from);
    const to = scalar(c.to);
    dl.append(
      h(
        'div',
        { class: 'row', 'data-changed': c.field },
        h('dt', { text: changedLabel(c.field) }),
        h(
          'dd',
          {},
          h('del', { dir: 'auto', text: from ?? t('share-changed-added') }),
          h('span', { class: 'arrow', 'aria-hidden': 'true', text: ' → ' }),
          h('ins', { dir: 'auto', text: to ?? t('share-changed-removed') }),
        ),
      ),
    );
  }
  box.append(dl);
  return box;
}

// Only these types are shown as what they say they are; anything else is a plain download.
const SAFE_TYPES = {
  'application/pdf': (b) => b.length >= 5 && String.fromCharCode(...b.subarray(0, 5)) === '%PDF-',
  'image/jpeg': (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
};
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const safeName = (name) => String(name).split(/[/\\]/).pop().replace(/[\u0000-\u001f\u007f]/g, '').replace(/^\.+/, '') || 'scan';

function renderScans(scans, urls) {
  if (!scans.length) return null;
  const list = h('ul', { class: 'scans' });
  for (const s of scans) {
    const check = SAFE_TYPES[s.mediaType];
    const type = check && check(s.bytes) ? s.mediaType : 'application/octet-stream';
    const url = URL.createObjectURL(new Blob([s.bytes], { type }));
    urls.push(url);
    const li = h(
      'li',
      { class: 'scan-item', 'data-scan': s.name, 'data-sha256': s.sha256, 'data-size': s.size },
      h('p', { class: 'scan-name' }, h('strong', { dir: 'auto', text: s.name }), ' ', h('span', { class: 'hint', text: t('share-scan-size', { size: formatSize(s.size) }) })),
    );
    if (type.startsWith('image/')) li.append(h('img', { src: url, class: 'scan-img', alt: s.name }));
    li.append(
      h(
        'div',
        { class: 'actions no-print' },
        type === 'application/pdf' ? h('a', { href: url, target: '_blank', rel: 'noopener', class: 'btn', text: t('share-scan-open'), 'data-action': 'open-scan' }) : null,
        h('a', { href: url, download: safeName(s.name), class: 'btn', text: t('share-scan-download'), 'data-action': 'download-scan' }),
      ),
    );
    list.append(li);
  }
  return h('section', { class: 'card', 'data-section': 'scans' }, tr('h2', 'share-scans'), list);
}

let shownUrls = [];

/** Draws an opened share (`opened`: { view, trustProblem, scans, fromSitting }). */
export function renderShare(view, ctx, link, opened) {
  for (const u of shownUrls) URL.revokeObjectURL(u);
  shownUrls = [];
  const v = opened.view;
  const info = session.info;
  const out = h('div', { class: 'out' });
  const summary = h('dl', { class: 'facts summary' });
  summary.append(row(t('share-shared-with'), v.audience ? t('share-office', { name: v.audience.name }) : t('share-anyone'), { 'data-meta': 'audience' }));
  if (v.purpose) summary.append(row(t('share-purpose'), v.purpose, { 'data-meta': 'purpose' }));
  summary.append(row(t('share-valid-until'), when(v.expires_at, lang()), { 'data-meta': 'expires' }));
  const opens = Number.isSafeInteger(v.opens) ? v.opens : 0;
  summary.append(
    row(t('share-opens'), v.max_opens == null ? t('share-opens-unlimited', { opens }) : t('share-opens-of', { opens, max: v.max_opens }), { 'data-meta': 'opens', 'data-opens': opens }),
  );
  summary.append(row(t('share-revision'), String(v.revision), { dir: 'ltr', 'data-meta': 'revision' }));
  if (v.revised_at) summary.append(row(t('share-revised'), when(v.revised_at, lang()), { 'data-meta': 'revised' }));

  // "Fetch again" asks first: it uses one more of the share's opens.
  const again = h('div', { class: 'again no-print' });
  const againBtn = button('share-fetch-again', () => {
    if (again.querySelector('.confirm')) return;
    again.append(
      h(
        'div',
        { class: 'confirm', role: 'alertdialog' },
        tr('p', 'share-fetch-again-confirm'),
        h(
          'div',
          { class: 'actions' },
          button('share-fetch-again-yes', () => {
            performance.mark('office:submit');
            ctx.go('share', { link, again: true });
          }, { class: 'primary', 'data-action': 'fetch-again-yes' }),
          button('cancel', (ev) => ev.currentTarget.closest('.confirm').remove(), { class: 'link' }),
        ),
      ),
    );
  }, { 'data-action': 'fetch-again' });
  again.append(againBtn);
  const sitting = opened.fromSitting
    ? h('div', { class: 'notice info no-print', 'data-notice': 'share-from-sitting' }, tr('p', 'share-from-sitting'), again)
    : null;

  const attestations = renderAttestations(v, opened.trustProblem);
  const consentLang = /^[a-z]{2,3}$/.test(v.consent?.lang) ? v.consent.lang : 'und';
  const retrieved = when(v.retrieved_at, lang());
  show(
    view,
    h(
      'article',
      { class: attestations ? 'record with-attestations' : 'record', 'data-share-id': v.share_id, 'data-revision': v.revision },
      h('header', { class: 'record-head print-only' }, tr('h1', 'record-title')),
      sitting,
      // What the person states: who shared it and that nothing was altered, not that it is true.
      h(
        'section',
        { class: 'card verdict', 'data-state': 'verified', 'data-stated-by': 'holder' },
        h('h1', {}, h('span', { class: 'tick', 'aria-hidden': 'true', text: '✓ ' }), h('span', { 'data-t': 'share-stated', text: t('share-stated') })),
        tr('p', 'share-stated-note', undefined, { class: 'stated-note' }),
        tr('p', 'share-stated-text'),
        h('p', { class: 'fp', dir: 'ltr', translate: 'no', 'data-holder': '', text: v.holder.fingerprint }),
        v.live ? tr('p', 'share-live', undefined, { class: 'hint', 'data-live': '' }) : null,
        summary,
      ),
      // What offices confirm: each attestation its own card, never mixed into the above.
      attestations,
      renderChanges(v.changes),
      h('section', { class: 'card stated', 'data-stated-by': 'holder' }, tr('h2', 'share-fields'), renderContent(v.content)),
      renderScans(opened.scans || [], shownUrls),
      h(
        'section',
        { class: 'card consent-box' },
        tr('h2', 'share-consent-title'),
        h('p', { class: 'hint', text: t('share-consent-lang', { lang: known(`lang-${consentLang}`, consentLang) }) }),
        h('blockquote', { class: 'consent', lang: consentLang, dir: isRtl(consentLang) ? 'rtl' : 'ltr', 'data-consent': '', text: v.consent?.text ?? '' }),
      ),
      h(
        'footer',
        { class: 'card record-foot', 'data-record': '' },
        h('p', { 'data-retrieved': String(v.retrieved_at), text: t('record-retrieved', { date: retrieved }) }),
        h('p', { dir: 'auto', text: t('record-by', { name: v.office?.name ?? info.name, fingerprint: v.office?.fingerprint ?? info.fingerprint }) }),
        h('dl', { class: 'facts' }, row(t('record-from'), v.holder.fingerprint, { dir: 'ltr' }), row(t('share-id'), v.share_id, { dir: 'ltr' }), row(t('share-created'), when(v.created_at, lang()))),
      ),
    ),
    h(
      'div',
      { class: 'actions no-print' },
      button('share-record', () => window.print(), { class: 'primary', 'data-action': 'print-record' }),
      button('share-close', () => {
        ctx.setHashLink(null);
        ctx.go('desk');
      }, { 'data-action': 'close-share' }),
    ),
    opened.fromSitting ? null : again,
    out,
  );
  ctx.ready();
  performance.mark('office:fields-shown');
}

/** Opens `params.link` (from the sitting cache unless `params.again`) and shows it. */
export async function shareScreen(view, ctx, params) {
  const { link, again = false } = params;
  show(view, h('p', { class: 'loading', 'data-opening': '', text: t('open-opening') }));
  let opened;
  try {
    opened = await openShare(link, { again });
  } catch (err) {
    // Nothing of the share stays on the page: only the reason.
    ctx.setHashLink(null);
    show(view, h('div', { class: 'failure' }, errorBox(err)), h('div', { class: 'actions' }, button('back', () => ctx.go('desk'), { 'data-action': 'back' })));
    ctx.ready();
    view.dataset.screen = 'share-failed';
    return;
  }
  ctx.setHashLink(link);
  renderShare(view, ctx, link, opened);
}

export { notice };
