// Start: unlock the stored office key; or create one (recovery code shown once), or import one
// (an office export file, or keystore.mappe + agency.json of a `mappe agency init` folder).
import { h, tr, button, field, show, busy, notice, appError } from '../../ui.js';
import { t } from '../../i18n.js';
import { loadCore } from '../../core.js';
import * as store from '../db.js';
import { unlocked } from '../session.js';

const MIN_PASSPHRASE = 8;
const passInput = (autocomplete) => h('input', { type: 'password', autocomplete, required: true, class: 'wide' });
const form = (...children) => h('form', { class: 'card', on: { submit: (e) => e.preventDefault() } }, ...children);

export async function startScreen(view, ctx, params = {}) {
  const office = await store.readOffice();
  if (office) unlockScreen(view, ctx, office, params);
  else firstScreen(view, ctx);
}

function unlockScreen(view, ctx, office, params) {
  const pass = field('passphrase', passInput('current-password'));
  const out = h('div', { class: 'out' });
  const go = button('unlock', () => submit(), { class: 'primary', 'data-action': 'unlock' });
  const submit = () =>
    busy(go, out, async () => {
      const core = await loadCore();
      const unlockedOffice = core.unlockOffice(office.keystore, office.card, pass.input.value);
      pass.input.value = '';
      await unlocked(unlockedOffice, infoOf(unlockedOffice));
      await ctx.home();
    });
  pass.input.addEventListener('keydown', (e) => e.key === 'Enter' && submit());
  const other = h('div', { class: 'other-key' });
  const otherBtn = button(
    'start-other-key',
    () =>
      other.replaceChildren(
        h(
          'div',
          { class: 'confirm', role: 'alertdialog' },
          tr('p', 'start-other-key-warning'),
          h(
            'div',
            { class: 'actions' },
            button('start-other-key-yes', async () => {
              await store.forgetOffice();
              ctx.go('start');
            }, { class: 'danger', 'data-action': 'forget-office' }),
            button('cancel', () => other.replaceChildren(otherBtn), { class: 'link' }),
          ),
        ),
      ),
    { class: 'link' },
  );
  other.append(otherBtn);
  show(
    view,
    tr('h1', 'start-unlock-title'),
    params.notice ? notice(params.notice, undefined, 'ok') : null,
    params.reason === 'idle' ? notice('locked-idle') : null,
    form(h('p', { class: 'unlock-office', dir: 'auto', text: t('unlock-office', { name: office.name }) }), h('p', { class: 'fingerprint', text: office.fingerprint }), pass.row, go),
    out,
    other,
  );
  ctx.ready();
  pass.input.focus();
}

/** { name, kind, fingerprint, card } of an unlocked Office. */
export const infoOf = (office) => ({ name: office.name(), kind: office.kind(), fingerprint: office.fingerprint(), card: office.card() });

function checkPassphrases(a, b) {
  if (a !== b) throw appError('passphrase-mismatch');
  if ([...a].length < MIN_PASSPHRASE) throw appError('passphrase-short');
}

async function firstScreen(view, ctx) {
  const core = await loadCore();
  const name = field('office-name', h('input', { type: 'text', dir: 'auto', class: 'wide', maxlength: 120, autocomplete: 'organization', 'data-input': 'office-name' }), 'office-name-hint');
  const kindLabel = (k) => {
    const text = t(`kind-${k}`);
    return text === `kind-${k}` ? k : text;
  };
  const kind = field('office-kind', h('select', { class: 'wide', 'data-input': 'office-kind' }, core.agencyKinds().map((k) => h('option', { value: k, text: kindLabel(k) }))));
  const p1 = field('passphrase', passInput('new-password'), 'passphrase-hint');
  const p2 = field('passphrase-again', passInput('new-password'));
  const out = h('div', { class: 'out' });
  const go = button(
    'create',
    () =>
      busy(go, out, async () => {
        if (!name.input.value.trim()) throw appError('name-missing');
        checkPassphrases(p1.input.value, p2.input.value);
        const made = core.createOffice(name.input.value.trim(), kind.input.value, p1.input.value);
        const info = infoOf(made.office);
        await store.storeOffice({ keystore: made.keystore, card: made.card, name: info.name, kind: info.kind, fingerprint: info.fingerprint });
        p1.input.value = p2.input.value = '';
        await unlocked(made.office, info);
        recoveryScreen(view, ctx, made.recoveryCode);
      }),
    { class: 'primary', 'data-action': 'create' },
  );
  show(
    view,
    tr('p', 'start-intro', undefined, { class: 'tagline' }),
    h(
      'div',
      { class: 'columns' },
      h('section', {}, tr('h1', 'start-create-title'), tr('p', 'start-create-intro'), form(name.row, kind.row, p1.row, p2.row, go), out),
      importSection(ctx),
    ),
  );
  ctx.ready();
}

function importSection(ctx) {
  const out = h('div', { class: 'out' });
  const input = h('input', { type: 'file', multiple: true, class: 'visually-hidden', 'data-file': 'import' });
  const pick = button('import-files', () => input.click(), { 'data-action': 'import' });
  input.addEventListener('change', () =>
    busy(pick, out, async () => {
      const files = [...(input.files || [])];
      if (!files.length) return;
      const core = await loadCore();
      const parts = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const read = core.readOfficeFiles(parts);
      await store.storeOffice({ keystore: read.keystore, card: read.card, name: read.name, kind: read.kind, fingerprint: read.fingerprint });
      input.value = '';
      ctx.go('start', { notice: 'import-done' });
    }),
  );
  return h('section', { class: 'import' }, tr('h2', 'start-import-title'), tr('p', 'start-import-intro'), h('div', { class: 'card' }, pick, input), out);
}

/** Shown once after creating: big, grouped, printable. */
function recoveryScreen(view, ctx, code) {
  const parts = code.split(/[-\s]+/).filter(Boolean);
  show(
    view,
    h(
      'section',
      { class: 'recovery print-area' },
      tr('h1', 'recovery-title'),
      tr('p', 'recovery-intro'),
      h('ol', { class: 'recovery-code', 'data-recovery-code': '', dir: 'ltr', translate: 'no' }, parts.map((g) => h('li', {}, h('span', { class: 'code-group', text: g })))),
      tr('p', 'recovery-once', undefined, { class: 'warning' }),
    ),
    h(
      'div',
      { class: 'actions no-print' },
      button('print', () => window.print()),
      button('recovery-written', () => ctx.home(), { class: 'primary', 'data-action': 'written' }),
    ),
  );
  ctx.ready();
  view.dataset.screen = 'recovery';
}
