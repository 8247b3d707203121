// "Confirm a paper": the office signs facts about a person's paper (an attestation about the
// person's key, docs/office.md "Confirming a paper"), hands it over as a QR code, a file and
// text, and lists what it issued with a "Withdraw" per confirmation. The core checks and signs;
// this page collects the fields and draws. Everything goes in with textContent.
import { h, tr, button, field, show, busy, notice, errorBox, appError } from '../../ui.js';
import { t } from '../../i18n.js';
import { now } from '../../core.js';
import { qrImage } from './desk.js';
import { day } from './attest.js';
import { attest, withdraw, loadRegistry, issuedList } from '../issuing.js';

const KINDS = ['residence', 'certificate', 'recognition'];
// The facts of each kind (credential.rs `AttestKind::spec`): name, input, required.
const FIELDS = {
  residence: [
    ['kind', 'residence-kind', true],
    ['number', 'text', false],
    ['valid_from', 'date', false],
    ['valid_until', 'date', false],
    ['legal_basis', 'text', false],
    ['work_permitted', 'yes-no', false],
  ],
  certificate: [
    ['kind', 'certificate-kind', true],
    ['level', 'text', false],
    ['issuer', 'text', false],
    ['date', 'date', false],
  ],
  recognition: [
    ['degree', 'text', true],
    ['decision', 'text', true],
    ['date', 'date', false],
  ],
};
// The person's entries these kinds of paper are (the wallet's kinds, translated as item-…).
const CHOICES = {
  'residence-kind': ['aufenthaltserlaubnis', 'niederlassungserlaubnis', 'aufenthaltsgestattung', 'duldung', 'fiktionsbescheinigung', 'visa', 'eu_citizen'],
  'certificate-kind': ['language', 'qualification', 'other'],
  'yes-no': ['yes', 'no'],
};
const DAY = 24 * 60 * 60;

/** The person's key as pasted (groups, spaces, line breaks, capitals) → 64 hex or null. */
export function holderKey(text) {
  const key = String(text).replace(/\s+/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(key) ? key : null;
}

const isoDate = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);
/** A date input's day as the end of that day (UTC), in Unix seconds. */
const endOfDay = (value) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59) / 1000 : NaN;
};

function input(name, type) {
  const props = { class: 'wide', 'data-claim-input': name, autocomplete: 'off' };
  if (type === 'date') return h('input', { ...props, type: 'date' });
  if (type === 'text') return h('input', { ...props, type: 'text', dir: 'auto' });
  const label = (v) => (type === 'yes-no' ? t(`attest-${v}`) : t(`item-${v}`));
  return h('select', props, h('option', { value: '', text: t('issue-choose') }), CHOICES[type].map((v) => h('option', { value: v, text: label(v) })));
}

/** The form's fields of one kind: { rows, read() → claims }. */
function kindFields(kind) {
  const fields = FIELDS[kind].map(([name, type, required]) => ({ name, required, f: field(`claim-${name}`, input(name, type)) }));
  for (const { f, required } of fields) if (required) f.input.setAttribute('aria-required', 'true');
  return {
    rows: fields.map(({ f }) => f.row),
    read() {
      const claims = {};
      for (const { name, required, f } of fields) {
        const value = f.input.value.trim();
        if (!value) {
          if (required) {
            const err = appError('issue-missing');
            err.args = { name: t(`claim-${name}`) };
            throw err;
          }
          continue;
        }
        claims[name] = value;
      }
      return claims;
    },
  };
}

/** What was issued: the number, the QR code (if it fits), the file and the text. */
async function resultBox(sdJwt, number) {
  let qr;
  try {
    qr = await qrImage(sdJwt, t('issue-qr-alt'), 'qr issue-qr');
  } catch (err) {
    if (!(err && err.name === 'MappeError' && err.code === 'too_large')) console.warn('qr', err);
    qr = notice('issue-qr-too-long');
  }
  const url = URL.createObjectURL(new Blob([sdJwt], { type: 'application/sd-jwt' }));
  const textId = `issue-text-${number}`;
  return h(
    'section',
    { class: 'card issue-result', 'data-issued': String(number), 'data-issue-result': '' },
    tr('h2', 'issue-done-title'),
    h('p', { class: 'issue-number', 'data-number': String(number), text: t('issue-number', { n: number }) }),
    tr('p', 'issue-done'),
    qr,
    h('a', { href: url, download: `attestation-${number}.sdjwt`, class: 'btn', 'data-action': 'download-attestation', text: t('issue-download') }),
    h('label', { for: textId, class: 'label', text: t('issue-text') }),
    h('textarea', { id: textId, class: 'wide issue-text', readonly: true, rows: 5, dir: 'ltr', spellcheck: 'false', 'data-output': 'sdjwt', value: sdJwt }),
  );
}

/** The short form of a person's key: first and last characters. */
const shortKey = (key) => (typeof key === 'string' && key.length > 16 ? `${key.slice(0, 8)}…${key.slice(-8)}` : String(key ?? ''));

/** One issued confirmation in the list, with its "Withdraw". */
function issuedRow(i, redraw) {
  const withdrawn = Number.isFinite(i.withdrawn_at);
  const expired = !withdrawn && Number.isFinite(i.expires_at) && i.expires_at < now();
  const state = withdrawn ? t('issue-state-withdrawn', { date: day(i.withdrawn_at) ?? '?' }) : expired ? t('issue-state-expired') : t('issue-state-valid');
  const kind = KINDS.includes(i.kind) ? t(`attest-kind-${i.kind}`) : String(i.kind ?? '');
  const row = (label, value, props = {}) => h('div', { class: 'row' }, h('dt', { text: label }), h('dd', { dir: 'auto', ...props, text: value }));
  const out = h('div', { class: 'out' });
  const li = h(
    'li',
    { class: `issued-item${withdrawn ? ' withdrawn' : ''}`, 'data-number': String(i.idx), 'data-state': withdrawn ? 'withdrawn' : expired ? 'expired' : 'valid' },
    h('h3', { dir: 'auto', text: `${t('issue-number', { n: i.idx })} · ${kind}` }),
    h(
      'dl',
      { class: 'facts' },
      row(t('issue-holder-short'), shortKey(i.holder), { dir: 'ltr', class: 'key', translate: 'no', title: String(i.holder ?? ''), 'data-holder': String(i.holder ?? '') }),
      row(t('attest-issued'), day(i.issued_at) ?? '?'),
      row(t('attest-expires'), day(i.expires_at) ?? '?'),
      row(t('issue-state'), state, { 'data-issued-state': '' }),
    ),
  );
  if (!withdrawn) {
    const ask = h('div', { class: 'withdraw-ask' });
    const openBtn = button(
      'issue-withdraw',
      () => {
        const yes = button(
          'issue-withdraw-yes',
          () =>
            busy(yes, out, async () => {
              try {
                await withdraw(i.idx);
              } catch (err) {
                // Withdrawn and kept, but not published: the list shows it, with why.
                if (err && err.appCode === 'issue-publish-failed') return redraw(errorBox(err));
                throw err;
              }
              return redraw(notice('issue-withdrawn', { n: i.idx }, 'ok'));
            }),
          { class: 'danger', 'data-action': 'withdraw-yes' },
        );
        ask.replaceChildren(
          h(
            'div',
            { class: 'confirm', role: 'alertdialog' },
            h('p', { text: t('issue-withdraw-confirm', { n: i.idx }) }),
            h('div', { class: 'actions' }, yes, button('cancel', () => ask.replaceChildren(openBtn), { class: 'link' })),
          ),
        );
      },
      { 'data-action': 'withdraw' },
    );
    ask.append(openBtn);
    li.append(ask);
  }
  li.append(out);
  return li;
}

export async function issueScreen(view, ctx) {
  const registry = await loadRegistry();

  // The form.
  const holder = field('issue-holder', h('textarea', { class: 'wide key-input', rows: 3, dir: 'ltr', spellcheck: 'false', autocomplete: 'off', 'data-input': 'holder' }), 'issue-holder-hint');
  const kind = field('attest-kind', h('select', { class: 'wide', 'data-input': 'issue-kind' }, KINDS.map((k) => h('option', { value: k, text: t(`attest-kind-${k}`) }))));
  const expires = field('issue-expires', h('input', { type: 'date', class: 'wide', 'data-input': 'expires' }), 'issue-expires-hint');
  expires.input.value = isoDate(now() + 365 * DAY);
  const facts = h('fieldset', { class: 'issue-facts' });
  let current = null;
  const drawFacts = () => {
    current = kindFields(kind.input.value);
    facts.replaceChildren(h('legend', { text: t('issue-facts'), 'data-t': 'issue-facts' }), tr('p', 'issue-facts-hint', undefined, { class: 'hint' }), ...current.rows);
  };
  kind.input.addEventListener('change', drawFacts);
  drawFacts();

  const out = h('div', { class: 'out', 'aria-live': 'polite' });
  const result = h('div', { class: 'issue-out' });
  const list = h('section', { class: 'card issued', 'data-issued-list': '' });

  const drawList = (reg, message) => {
    const items = issuedList(reg);
    list.replaceChildren(tr('h2', 'issue-list-title'), tr('p', 'issue-list-note', undefined, { class: 'hint' }));
    if (message) list.append(message);
    if (!items.length) list.append(tr('p', 'issue-list-empty', undefined, { class: 'hint', 'data-issued-empty': '' }));
    else list.append(h('ol', { class: 'issued-list' }, [...items].reverse().map((i) => issuedRow(i, redraw))));
  };
  const redraw = async (message) => {
    drawList(await loadRegistry(), message);
  };

  const go = button(
    'issue-submit',
    () =>
      busy(go, out, async () => {
        result.replaceChildren();
        const key = holderKey(holder.input.value);
        if (!key) throw appError('issue-holder-bad');
        const claims = current.read();
        const expiresAt = endOfDay(expires.input.value);
        if (!Number.isFinite(expiresAt) || expiresAt <= now()) throw appError('issue-expires-bad');
        const issued = await attest({ kind: kind.input.value, holder: key, claims, expiresAt });
        result.replaceChildren(await resultBox(issued.sdJwt, issued.number));
        if (issued.problem) result.prepend(errorBox(issued.problem));
        holder.input.value = '';
        drawFacts();
        await redraw();
        result.scrollIntoView({ block: 'start' });
      }),
    { class: 'primary', 'data-action': 'issue' },
  );

  show(
    view,
    h(
      'div',
      { class: 'issue' },
      h(
        'section',
        { class: 'issue-main' },
        tr('h1', 'issue-title'),
        tr('p', 'issue-intro'),
        h('form', { class: 'card issue-form', 'data-issue-form': '', on: { submit: (e) => e.preventDefault() } }, holder.row, kind.row, facts, expires.row, go, out),
        result,
      ),
      list,
    ),
    h('div', { class: 'actions no-print' }, button('back', () => ctx.go('desk'), { 'data-action': 'back' })),
  );
  drawList(registry);
  ctx.ready();
}
