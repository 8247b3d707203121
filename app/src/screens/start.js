// Start: create a wallet (recovery code shown once, then two groups retyped), unlock, recover.
import { h, tr, button, field, show, errorBox, busy, notice, appError } from '../ui.js';
import { t } from '../i18n.js';
import { loadCore, now } from '../core.js';
import * as store from '../db.js';
import { unlocked, host, save, op } from '../session.js';
import { restoreButton } from './backup.js';

const MIN_PASSPHRASE = 8;

const passInput = (autocomplete) => h('input', { type: 'password', autocomplete, required: true, class: 'wide' });

/** The first screen: unlock if a wallet is stored, else create. `reason` e.g. 'idle'. */
export async function startScreen(view, ctx, reason) {
  const keystore = await store.readKeystore();
  if (keystore) unlockScreen(view, ctx, reason);
  else createScreen(view, ctx);
}

function unlockScreen(view, ctx, reason) {
  const pass = field('passphrase', passInput('current-password'));
  const out = h('div', { class: 'out' });
  const go = button('unlock', () => submit(), { class: 'primary', 'data-action': 'unlock' });
  const submit = () =>
    busy(go, out, async () => {
      const [core, keystore, file] = await Promise.all([loadCore(), store.readKeystore(), store.readWalletFile()]);
      const wallet = core.unlockWallet(keystore, file, pass.input.value);
      unlocked(wallet);
      pass.input.value = '';
      ctx.go('home');
    });
  pass.input.addEventListener('keydown', (e) => e.key === 'Enter' && submit());
  show(
    view,
    tr('h1', 'start-unlock-title'),
    reason === 'idle' ? notice('locked-idle') : null,
    h('form', { class: 'card', on: { submit: (e) => e.preventDefault() } }, pass.row, go),
    out,
    h('div', { class: 'links' }, tr('p', 'start-forgot'), button('start-recover', () => recoverScreen(view, ctx), { class: 'link' }), restoreButton(view, ctx)),
  );
  ctx.ready();
  pass.input.focus();
}

function createScreen(view, ctx) {
  const p1 = field('passphrase', passInput('new-password'));
  const p2 = field('passphrase-again', passInput('new-password'));
  const out = h('div', { class: 'out' });
  const go = button(
    'create',
    () =>
      busy(go, out, async () => {
        checkPassphrases(p1.input.value, p2.input.value);
        const core = await loadCore();
        const made = core.createWallet(p1.input.value);
        await store.storeNewWallet(made.keystore, made.wallet.save());
        unlocked(made.wallet);
        p1.input.value = p2.input.value = '';
        recoveryScreen(view, ctx, made.recoveryCode);
      }),
    { class: 'primary', 'data-action': 'create' },
  );
  show(
    view,
    tr('p', 'app-tagline', undefined, { class: 'tagline' }),
    tr('h1', 'start-create-title'),
    tr('p', 'start-create-intro'),
    h('form', { class: 'card', on: { submit: (e) => e.preventDefault() } }, p1.row, p2.row, go),
    out,
    h('div', { class: 'links' }, tr('p', 'start-forgot'), button('start-recover', () => recoverScreen(view, ctx), { class: 'link' }), restoreButton(view, ctx)),
  );
  ctx.ready();
}

function checkPassphrases(a, b) {
  if (a !== b) throw appError('passphrase-mismatch');
  if ([...a].length < MIN_PASSPHRASE) throw appError('passphrase-short');
}

/** Groups of the recovery code ("ABCD-EFGH-…"). */
export const groups = (code) => code.split(/[-\s]+/).filter(Boolean);

/** Shown once after creating: big, grouped, printable; then two groups are typed back. */
export function recoveryScreen(view, ctx, code) {
  const parts = groups(code);
  const grid = h(
    'ol',
    { class: 'recovery-code', 'data-recovery-code': '', dir: 'ltr', translate: 'no' },
    parts.map((g) => h('li', {}, h('span', { class: 'code-group', text: g }))),
  );
  show(
    view,
    h(
      'section',
      { class: 'recovery print-area' },
      tr('h1', 'recovery-title'),
      tr('p', 'recovery-intro'),
      grid,
      tr('p', 'recovery-once', undefined, { class: 'warning' }),
    ),
    h(
      'div',
      { class: 'actions no-print' },
      button('print', () => window.print()),
      button('recovery-written', () => confirmScreen(view, ctx, code), { class: 'primary', 'data-action': 'written' }),
    ),
  );
  ctx.ready();
}

function confirmScreen(view, ctx, code) {
  const parts = groups(code);
  // Two different groups, one from each half.
  const half = Math.max(1, Math.floor(parts.length / 2));
  const pick = [crypto.getRandomValues(new Uint32Array(1))[0] % half, half + (crypto.getRandomValues(new Uint32Array(1))[0] % (parts.length - half))];
  const inputs = pick.map((i) =>
    field('recovery-confirm-group', h('input', { type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', dir: 'ltr', class: 'code-input', 'data-group': i + 1 })),
  );
  inputs.forEach((f, k) => (f.row.querySelector('label').textContent = t('recovery-confirm-group', { n: pick[k] + 1 })));
  const out = h('div', { class: 'out' });
  const norm = (s) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');
  const ok = button(
    'recovery-confirm-ok',
    () => {
      out.replaceChildren();
      if (pick.every((i, k) => norm(inputs[k].input.value) === norm(parts[i]))) ctx.go('home');
      else out.append(notice('recovery-confirm-wrong', undefined, 'error'));
    },
    { class: 'primary', 'data-action': 'confirm-code' },
  );
  show(
    view,
    tr('h1', 'recovery-confirm-title'),
    h('form', { class: 'card', on: { submit: (e) => e.preventDefault() } }, inputs.map((f) => f.row), ok),
    out,
    button('recovery-show-again', () => recoveryScreen(view, ctx, code), { class: 'link' }),
  );
}

function recoverScreen(view, ctx) {
  const code = field('recover-code', h('textarea', { rows: 3, autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', dir: 'ltr', class: 'wide' }));
  const relay = field('recover-relay', h('input', { type: 'url', dir: 'ltr', class: 'wide', value: location.origin }), 'recover-relay-hint');
  const p1 = field('passphrase', passInput('new-password'));
  const p2 = field('passphrase-again', passInput('new-password'));
  const out = h('div', { class: 'out' });
  const go = button(
    'recover-go',
    () =>
      busy(go, out, async () => {
        checkPassphrases(p1.input.value, p2.input.value);
        const core = await loadCore();
        core.checkRecoveryCode(code.input.value);
        const { wallet, keystore } = core.recoverWallet(code.input.value, p1.input.value);
        await store.storeNewWallet(keystore, wallet.save());
        unlocked(wallet);
        const url = relay.input.value.trim();
        code.input.value = p1.input.value = p2.input.value = '';
        if (!url) return ctx.go('home', { notice: 'recover-empty' });
        try {
          const { syncState } = await op('syncOp', host, url, null, now());
          await store.setSync({ relay: url, syncState, lastAt: now() });
          await store.setSetting('relay', url);
          await save();
          return ctx.go('home', { notice: 'recover-synced' });
        } catch (err) {
          return ctx.go('home', { notice: 'recover-empty', error: err });
        }
      }),
    { class: 'primary', 'data-action': 'recover' },
  );
  show(
    view,
    tr('h1', 'recover-title'),
    tr('p', 'recover-intro'),
    h('form', { class: 'card', on: { submit: (e) => e.preventDefault() } }, code.row, relay.row, p1.row, p2.row, go),
    out,
    button('back', () => startScreen(view, ctx), { class: 'link' }),
  );
}

export { errorBox };
