// Offices' confirmations inside an opened share (`view.attestations`, judged by the core:
// crates/wallet-core/src/attest/credential.rs `Verdict`, client/open.rs `ItemVerdict`). Each is
// its own card, apart from what the person states: its headline says how far it is to be
// believed, and only `standing === 'confirmed'` gets the green seal and the words "confirmed by".
// The facts of an invalid one are never shown, only why. Everything from the share goes in with
// textContent; nothing is parsed as HTML.
import { h, tr } from '../../ui.js';
import { t, lang } from '../../i18n.js';

// The claims of every kind of paper (credential.rs `AttestKind::spec`), in the order shown.
const CLAIM_ORDER = ['kind', 'degree', 'decision', 'number', 'level', 'issuer', 'valid_from', 'valid_until', 'date', 'legal_basis', 'work_permitted'];
const DATE_CLAIMS = new Set(['valid_from', 'valid_until', 'date']);
const KINDS = ['residence', 'certificate', 'recognition'];
const SHOWN = ['confirmed', 'untrusted_issuer', 'status_unknown', 'withdrawn', 'expired'];
const SECTIONS = ['cv', 'certificates', 'residence'];

/** A translated text for `id` if the files have one, else `fallback`. */
const known = (id, fallback, args) => {
  const text = t(id, args);
  return text === id ? fallback : text;
};

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Unix seconds as a day in the page's language ("31.12.2027"); null when not a time. */
export function day(seconds) {
  if (!Number.isFinite(seconds)) return null;
  try {
    return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium' }).format(new Date(seconds * 1000));
  } catch {
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
}

/** A claim's `YYYY-MM-DD` as a day in the page's language; other text as it is. */
export function isoDay(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return text;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return text;
  try {
    return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  } catch {
    return text;
  }
}

/** A disclosed fact's value as text. */
function claimValue(name, value) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return t(value ? 'attest-yes' : 'attest-no');
  if (typeof value === 'number') return new Intl.NumberFormat(lang()).format(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (name === 'kind') return known(`item-${value}`, value);
  if (DATE_CLAIMS.has(name)) return isoDay(value);
  return value;
}

const row = (label, value, props = {}) => h('div', { class: 'row' }, h('dt', { text: label }), h('dd', { dir: 'auto', ...props, text: value }));

/** The person's entry an attestation is about, in words ("Residence papers: Residence permit"). */
function aboutEntry(item, content) {
  const [section, id] = String(item ?? '').split('/');
  if (!SECTIONS.includes(section)) return null;
  const name = known(`section-${section}`, section);
  const entry = isObject(content) && Array.isArray(content[section]) ? content[section].find((e) => isObject(e) && e.id === id) : null;
  const title = entry ? (typeof entry.title === 'string' && entry.title) || (typeof entry.kind === 'string' && known(`item-${entry.kind}`, entry.kind)) : null;
  return title ? `${name}: ${title}` : name;
}

/** The headline of one attestation, by its standing (`now`: when the core judged it). */
function headline(a, now) {
  switch (a.standing) {
    case 'confirmed':
      return t('attest-confirmed', { name: a.issuer_name ?? a.issuer ?? '?', date: day(a.issued_at) ?? '?' });
    case 'untrusted_issuer':
      return t('attest-untrusted');
    case 'status_unknown':
      return t('attest-status-unknown');
    case 'withdrawn':
      return t('attest-withdrawn');
    case 'expired':
      // The core says "expired" also before the first day: then that day is the one to name.
      return Number.isFinite(now) && Number.isFinite(a.expires_at) && now < a.expires_at
        ? t('attest-not-yet-valid', { date: day(a.issued_at) ?? '?' })
        : t('attest-expired', { date: day(a.expires_at) ?? '?' });
    default:
      return t('attest-invalid', { reason: known(`attest-reason-${a.reason}`, t('attest-reason-other', { detail: String(a.reason ?? '?') })) });
  }
}

const SEAL = { confirmed: '✓', untrusted_issuer: '!', status_unknown: '?', withdrawn: '✕', expired: '✕', invalid: '✕' };

/** One attestation's card. */
function card(a, v) {
  const standing = SHOWN.includes(a?.standing) ? a.standing : 'invalid';
  const out = h(
    'section',
    { class: `card attest attest-${standing}`, 'data-attestation': standing, 'data-item': String(a?.item ?? '') },
    h(
      'h3',
      { class: 'attest-head', 'data-attest-head': '' },
      h('span', { class: `seal seal-${standing}`, 'aria-hidden': 'true', text: SEAL[standing] }),
      h('span', { dir: 'auto', 'data-headline': '', text: headline(a ?? {}, v.retrieved_at) }),
    ),
  );
  if (standing === 'invalid') return out; // nothing of it but the reason
  const kind = KINDS.includes(a.kind) ? t(`attest-kind-${a.kind}`) : String(a.kind ?? '');
  const about = aboutEntry(a.item, v.content);
  const head = h('dl', { class: 'facts attest-paper' }, row(t('attest-kind'), kind, { 'data-attest-kind': String(a.kind ?? '') }));
  if (about) head.append(row(t('attest-about'), about, { 'data-about': String(a.item) }));
  out.append(head);

  const claims = isObject(a.claims) ? a.claims : {};
  const names = Object.keys(claims);
  const ordered = [...CLAIM_ORDER.filter((k) => names.includes(k)), ...names.filter((k) => !CLAIM_ORDER.includes(k)).sort()];
  const facts = h('dl', { class: 'facts attest-facts' });
  for (const name of ordered) {
    const value = claimValue(name, claims[name]);
    if (value == null) continue;
    const raw = typeof claims[name] === 'string' ? claims[name] : JSON.stringify(claims[name]);
    facts.append(row(known(`claim-${name}`, name.replace(/_/g, ' ')), value, { 'data-claim': name, 'data-value': raw }));
  }
  out.append(tr('h4', standing === 'confirmed' ? 'attest-facts-confirmed' : 'attest-facts'), facts.children.length ? facts : tr('p', 'attest-facts-none', undefined, { class: 'hint' }));

  const meta = h('dl', { class: 'facts attest-meta' });
  meta.append(row(t('attest-office'), a.issuer_name ?? t('attest-office-unlisted'), { 'data-attest-office': '' }));
  if (a.issuer) meta.append(row(t('attest-office-key'), a.issuer, { dir: 'ltr', class: 'key', translate: 'no' }));
  if (day(a.issued_at)) meta.append(row(t('attest-issued'), day(a.issued_at)));
  if (day(a.expires_at)) meta.append(row(t('attest-expires'), day(a.expires_at)));
  if (Number.isFinite(a.status_as_of)) {
    meta.append(row(t('attest-status-as-of'), new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(a.status_as_of * 1000))));
  }
  out.append(meta);
  return out;
}

/**
 * The offices' confirmations of a share, or null when it presents none. `trustProblem`: why the
 * trust list of offices could not be used (the core's sentence), or null.
 */
export function renderAttestations(v, trustProblem) {
  const list = Array.isArray(v.attestations) ? v.attestations : [];
  if (!list.length) return null;
  const out = h('section', { class: 'attestations', 'data-attestations': '' }, tr('h2', 'attest-title'), tr('p', 'attest-intro', undefined, { class: 'hint' }));
  if (trustProblem) {
    out.append(
      h(
        'div',
        { class: 'notice warn', role: 'status', 'data-trust-problem': '' },
        tr('p', 'attest-trust-problem'),
        h('p', { class: 'detail hint', dir: 'auto', text: t('error-detail', { detail: String(trustProblem) }) }),
      ),
    );
  }
  for (const a of list) out.append(card(a, v));
  return out;
}
