// Home: what needs attention, then profile, CV, certificates, residence papers: list, add, edit,
// remove; scans.
import { h, tr, button, field, show, errorBox, busy, notice, appError } from '../ui.js';
import { t, lang } from '../i18n.js';
import { session, save } from '../session.js';
import * as store from '../db.js';
import { attestationsByEntry, confirmation, attestForm, keyScreen } from './attest.js';
import { scanCamera } from './share.js';

export const PROFILE_FIELDS = ['given_names', 'family_name', 'birth_date', 'birth_place', 'nationality', 'contact.phone', 'contact.email', 'contact.address'];
const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const WORK = ['permitted', 'permitted_with_approval', 'not_permitted'];
/** The mark before each urgency's word, so urgency shows without colour. */
const URGENCY_MARK = { expired: '!!', within_30_days: '!', within_90_days: '◷', info: 'i' };

/** What each section's entries hold (wallet-json-v1), in form order. */
export const SECTIONS = {
  cv: {
    title: 'section-cv',
    add: 'add-cv',
    kinds: ['education', 'work', 'training', 'other'],
    fields: [['title', 'text', true], ['organisation'], ['place'], ['from', 'date'], ['to', 'date'], ['description', 'textarea']],
    scan: false,
  },
  certificates: {
    title: 'section-certificates',
    add: 'add-certificate',
    kinds: ['language', 'qualification', 'recognition', 'other'],
    fields: [['title', 'text', true], ['issuer'], ['issued_on', 'date'], ['cefr_level', 'level'], ['exam']],
    scan: true,
  },
  residence: {
    title: 'section-residence',
    add: 'add-residence',
    kinds: ['aufenthaltserlaubnis', 'niederlassungserlaubnis', 'aufenthaltsgestattung', 'duldung', 'fiktionsbescheinigung', 'visa', 'eu_citizen', 'other'],
    fields: [['number'], ['issued_on', 'date'], ['valid_until', 'date'], ['authority'], ['legal_basis', 'text', false, 'legal_basis-hint'], ['work', 'work'], ['conditions', 'textarea']],
    scan: true,
  },
};

const data = () => JSON.parse(session.wallet.json());
const profileLabel = (f) => `profile-${f.replace('.', '_')}`;
const profileValue = (p, f) => (f.startsWith('contact.') ? p.contact[f.slice(8)] : p[f]);
const val = (v) => h('dd', { dir: 'auto', text: v }); // data: textContent only
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A full date (`YYYY-MM-DD`) as the interface language writes it, which does not break across
 * lines in a right-to-left line as an ISO date does; partial dates stay as stored. */
function dateText(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso || '')) return iso || '';
  try {
    return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
}

/** The "Needs your attention" list: the core's notices, most urgent first; nothing when empty. */
function attentionList(d, notices) {
  if (!notices.length) return null;
  const residence = new Map(d.residence.map((r) => [`residence/${r.id}`, r]));
  const title = (n) => {
    if (n.kind.startsWith('residence_')) return t(`kind-${n.label}`);
    if (n.kind.startsWith('attestation_')) {
      // An office's confirmation of a paper: name the paper too.
      const paper = residence.get(n.subject);
      const cert = paper ? null : d.certificates.find((c) => `certificates/${c.id}` === n.subject);
      const what = paper ? t(`kind-${paper.kind}`) : cert ? cert.title : '';
      return [what, t('notice-confirmation', { name: n.label })].filter(Boolean).join(' · ');
    }
    // A share for no office and without a purpose has no name: it is for anyone with the code.
    if (!n.label) return t('shares-for-anyone');
    return t(n.kind === 'live_share_stopped' ? 'notice-live-share' : 'notice-share', { name: n.label });
  };
  const line = (n) => {
    const args = { date: dateText(n.date), days: n.days_left ?? 0 };
    if (n.kind === 'residence_superseded') return t('notice-superseded', args);
    if (n.kind === 'live_share_stopped') return t('notice-live-stopped');
    if (n.kind === 'share_never_opened') return t('notice-unopened', args);
    if (n.kind === 'share_expiring') return t('notice-share-ends', args);
    return t(n.urgency === 'expired' || n.kind.endsWith('_expired') ? 'notice-ended' : 'notice-left', args);
  };
  return h(
    'section',
    { class: 'section attention', 'data-section': 'attention', 'aria-labelledby': 'attention-title' },
    tr('h2', 'attention-title', undefined, { id: 'attention-title' }),
    h(
      'ol',
      { class: 'notices' },
      notices.map((n) =>
        h(
          'li',
          { class: `notice-item urgency-${n.urgency}`, 'data-notice-kind': n.kind, 'data-urgency': n.urgency, 'data-subject': n.subject },
          h('p', { class: 'urgency' }, h('span', { class: 'urgency-mark', 'aria-hidden': 'true', text: URGENCY_MARK[n.urgency] || 'i' }), h('span', { text: t(`urgency-${n.urgency}`) })),
          h('h3', { dir: 'auto', text: title(n) }),
          h('p', { class: 'notice-line', dir: 'auto', text: line(n) }),
          n.advice ? h('p', { class: 'advice', 'data-advice': n.advice, text: t(n.advice) }) : null,
        ),
      ),
    ),
  );
}

export function homeScreen(view, ctx, params = {}) {
  const d = data();
  const p = d.profile;
  const profile = h(
    'dl',
    { class: 'facts' },
    PROFILE_FIELDS.flatMap((f) => {
      const v = profileValue(p, f);
      const dd = v ? val(v) : tr('dd', 'not-set', undefined, { class: 'unset' });
      dd.dataset.field = f;
      return [tr('dt', profileLabel(f)), dd];
    }),
    p.aliases.length ? [tr('dt', 'profile-aliases'), val(p.aliases.join(', '))] : [],
    p.languages.length ? [tr('dt', 'profile-languages'), val(p.languages.map((l) => `${l.language} (${l.level})`).join(', '))] : [],
  );
  const confirmed = attestationsByEntry();
  const now = nowSeconds();
  const ended = new Set(session.wallet.endedEntries(now));
  const sections = Object.entries(SECTIONS).map(([name, spec]) => {
    const items = d[name];
    return h(
      'section',
      { class: 'section', 'data-section': name },
      tr('h2', spec.title),
      items.length ? h('ul', { class: 'items' }, items.map((item) => itemCard(view, ctx, name, spec, item, d, confirmed.get(`${name}/${item.id}`), ended.has(`${name}/${item.id}`)))) : tr('p', 'empty-section', undefined, { class: 'unset' }),
      button(spec.add, () => itemForm(view, ctx, name), { class: 'add', 'data-add': name }),
      name === 'cv' ? button('cv-open', () => ctx.go('cv'), { class: 'cv-open', 'data-action': 'open-cv' }) : null,
    );
  });
  show(
    view,
    params.notice ? notice(params.notice) : null,
    params.error ? errorBox(params.error) : null,
    tr('h1', 'home-title'),
    attentionList(d, session.wallet.notices(now, session.opens)),
    h('section', { class: 'section', 'data-section': 'profile' }, tr('h2', 'section-profile'), profile, button('profile-edit', () => profileForm(view, ctx), { 'data-action': 'edit-profile' })),
    sections,
    h('p', { class: 'fingerprint' }, h('span', { text: t('fingerprint', { fingerprint: session.wallet.fingerprint() }) })),
    button('key-open', () => keyScreen(view, () => homeScreen(view, ctx)), { class: 'link key-open', 'data-action': 'my-key' }),
  );
  ctx.ready();
}

function itemCard(view, ctx, section, spec, item, d, attested, hasEnded) {
  const title = item.title || t(`kind-${item.kind}`);
  const facts = h('dl', { class: 'facts small' });
  if (item.title) facts.append(tr('dt', 'field-kind'), h('dd', { text: t(`kind-${item.kind}`) }));
  for (const [name] of spec.fields) {
    if (name === 'title' || item[name] == null) continue;
    const shown = name === 'work' ? t(`work-${item.work}`) : String(item[name]);
    facts.append(tr('dt', `field-${name}`), val(shown));
  }
  const scanOut = h('div', { class: 'scan-out' });
  const att = item.attachment ? d.attachments.find((a) => a.id === item.attachment) : null;
  const card = h(
    'li',
    { class: 'item', 'data-item': item.id },
    h('h3', { dir: 'auto', text: title }),
    // Whether it has ended is the core's call (endedEntries), not a date comparison here.
    hasEnded
      ? h('p', { class: 'badge expired', 'data-badge': 'paper-expired' }, h('span', { class: 'badge-mark', 'aria-hidden': 'true', text: '!' }), h('span', { text: t('paper-expired', { date: dateText(item.valid_until) }) }))
      : null,
    facts,
    attested ? confirmation(attested) : null,
    att ? button('scan-show', (e) => showScan(e.currentTarget, scanOut, att), { 'data-action': 'show-scan' }) : null,
    scanOut,
  );
  const actions = h(
    'div',
    { class: 'actions' },
    button('edit', () => itemForm(view, ctx, section, item), { 'data-action': 'edit' }),
    button('remove', () => confirmRemove(), { 'data-action': 'remove' }),
  );
  // Residence papers and certificates can carry an office's confirmation.
  const attestable = section === 'residence' || section === 'certificates';
  const addConfirmation = attestable
    ? button(attested ? 'attest-renew' : 'attest-add', () =>
        attestForm(view, `${section}/${item.id}`, title, {
          done: (id) => homeScreen(view, ctx, { notice: id }),
          cancel: () => homeScreen(view, ctx),
          scanCamera,
        }), { class: 'attest-add', 'data-action': 'add-attestation' })
    : null;
  const out = h('div', { class: 'out' });
  card.append(...[actions, addConfirmation, out].filter(Boolean));
  function confirmRemove() {
    const yes = button('yes-remove', () =>
      busy(yes, out, async () => {
        const gone = session.wallet.removeItem(section, item.id) || [];
        await save({ remove: Array.from(gone) });
        homeScreen(view, ctx, { notice: 'saved' });
      }), { class: 'danger', 'data-action': 'confirm-remove' });
    out.replaceChildren(h('div', { class: 'confirm', role: 'alertdialog' }, tr('p', 'remove-confirm'), h('div', { class: 'actions' }, yes, button('cancel', () => out.replaceChildren()))));
  }
  return card;
}

async function showScan(btn, out, att) {
  await busy(btn, out, async () => {
    const blob = await store.readAttachment(att.id);
    if (!blob) throw appError('error-not_found');
    const plain = session.wallet.readAttachment(att.id, blob);
    const url = URL.createObjectURL(new Blob([plain], { type: att.media_type }));
    if (att.media_type.startsWith('image/')) out.replaceChildren(h('img', { src: url, class: 'scan', alt: att.name, 'data-scan': att.id }));
    else out.replaceChildren(h('a', { href: url, download: att.name, class: 'btn', 'data-scan': att.id, dir: 'auto', text: att.name }));
  });
}

/** Recognises JPEG, PNG and PDF by their first bytes. */
export function sniff(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') return 'application/pdf';
  return null;
}

function inputFor(kind, value) {
  if (kind === 'textarea') return h('textarea', { rows: 4, dir: 'auto', class: 'wide' }, value || '');
  if (kind === 'work') {
    return h('select', { class: 'wide' }, h('option', { value: '', text: t('work-none') }), WORK.map((w) => h('option', { value: w, text: t(`work-${w}`), selected: value === w })));
  }
  if (kind === 'level') {
    return h('select', { class: 'wide' }, h('option', { value: '', text: t('level-none') }), LEVELS.map((l) => h('option', { value: l, text: l, selected: value === l })));
  }
  return h('input', { type: 'text', dir: 'auto', class: 'wide', value: value || '', inputmode: kind === 'date' ? 'numeric' : null, placeholder: kind === 'date' ? '2024-05-31' : null });
}

function itemForm(view, ctx, section, item) {
  const spec = SECTIONS[section];
  // Radio buttons, not a select: the kinds' names (e.g. "تصريح إقامة (Aufenthaltserlaubnis)") wrap
  // on a narrow phone, where a select would cut them off.
  const current = item ? item.kind : spec.kinds[0];
  const kindSet = h(
    'fieldset',
    { class: 'field kinds', 'data-kinds': '' },
    h('legend', { text: t('field-kind'), 'data-t': 'field-kind' }),
    spec.kinds.map((k) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: `kind-${section}`, value: k, checked: k === current }), h('span', { text: t(`kind-${k}`) }))),
  );
  const kind = { row: kindSet, get input() { return kindSet.querySelector('input:checked') || { value: current }; } };
  const inputs = spec.fields.map(([name, type, , hint]) => [name, field(`field-${name}`, inputFor(type, item && item[name]), type === 'date' ? 'date-hint' : hint || null)]);
  let file = null;
  const fileNote = h('p', { class: 'file-note', dir: 'auto' });
  const pick = (capture) => {
    const input = h('input', { type: 'file', accept: 'image/*,application/pdf', capture: capture ? 'environment' : null, class: 'visually-hidden', 'data-file': capture ? 'camera' : 'file' });
    input.addEventListener('change', async () => {
      const f = input.files && input.files[0];
      if (!f) return;
      const bytes = new Uint8Array(await f.arrayBuffer());
      const type = sniff(bytes);
      out.replaceChildren();
      if (!type) {
        file = null;
        fileNote.textContent = '';
        out.append(notice('scan-bad-type', undefined, 'error'));
        return;
      }
      file = { bytes, name: f.name || 'scan', type };
      fileNote.textContent = f.name;
    });
    return input;
  };
  const camera = pick(true);
  const chooser = pick(false);
  const scanRow = spec.scan
    ? h(
        'div',
        { class: 'field' },
        tr('p', 'field-scan', undefined, { class: 'label' }),
        h('div', { class: 'actions' }, button('scan-camera', () => camera.click()), button('scan-file', () => chooser.click())),
        camera,
        chooser,
        tr('p', 'scan-hint', undefined, { class: 'hint' }),
        fileNote,
      )
    : null;
  const out = h('div', { class: 'out' });
  const go = button(
    'save',
    () =>
      busy(go, out, async () => {
        const value = { kind: kind.input.value };
        for (const [name, f] of inputs) value[name] = f.input.value.trim() === '' ? null : f.input.value.trim();
        if (spec.scan) value.attachment = item ? item.attachment : null;
        const w = session.wallet;
        let id = item && item.id;
        if (item) w.updateItem(section, id, value);
        else id = w.addItem(section, value);
        const put = [];
        if (file) {
          const made = w.addAttachment(section, id, file.bytes, file.name, file.type);
          put.push([made.id, made.blob]);
        }
        await save({ put });
        homeScreen(view, ctx, { notice: 'saved' });
      }),
    { class: 'primary', 'data-action': 'save' },
  );
  show(
    view,
    tr('h1', spec.add),
    h('form', { class: 'card', 'data-form': section, on: { submit: (e) => e.preventDefault() } }, kind.row, inputs.map(([, f]) => f.row), scanRow, go),
    out,
    button('cancel', () => homeScreen(view, ctx), { class: 'link' }),
  );
}

function profileForm(view, ctx) {
  const p = data().profile;
  const inputs = PROFILE_FIELDS.map((f) => [f, field(profileLabel(f), f === 'contact.address' ? inputFor('textarea', p.contact.address) : inputFor(f === 'birth_date' ? 'date' : 'text', profileValue(p, f)), f === 'birth_date' ? 'date-hint' : null)]);
  const aliases = field('profile-aliases', inputFor('textarea', p.aliases.join('\n')));
  const langs = field('profile-languages', inputFor('textarea', p.languages.map((l) => `${l.language}:${l.level}`).join('\n')));
  const out = h('div', { class: 'out' });
  const lines = (s) => s.split('\n').map((x) => x.trim()).filter(Boolean);
  const go = button(
    'save',
    () =>
      busy(go, out, async () => {
        const w = session.wallet;
        for (const [f, fi] of inputs) {
          const v = fi.input.value.trim() || null;
          if (v !== (profileValue(p, f) ?? null)) w.setProfile(f, v);
        }
        if (aliases.input.value.trim() !== p.aliases.join('\n')) w.setAliases(lines(aliases.input.value));
        const langText = p.languages.map((l) => `${l.language}:${l.level}`).join('\n');
        if (langs.input.value.trim() !== langText) w.setLanguages(lines(langs.input.value));
        await save();
        homeScreen(view, ctx, { notice: 'saved' });
      }),
    { class: 'primary', 'data-action': 'save' },
  );
  show(
    view,
    tr('h1', 'profile-edit'),
    h('form', { class: 'card', 'data-form': 'profile', on: { submit: (e) => e.preventDefault() } }, inputs.map(([, f]) => f.row), aliases.row, langs.row, go),
    out,
    button('cancel', () => homeScreen(view, ctx), { class: 'link' }),
  );
}

export { lang };
