// Backup: export the encrypted parts as one file (backup.js, docs/app.md) and restore from one.
import { h, tr, button, show, busy, notice, appError } from '../ui.js';
import { loadCore } from '../core.js';
import * as store from '../db.js';
import { encodeBackup, decodeBackup } from '../backup.js';
import { lock, session } from '../session.js';

export function backupScreen(view, ctx) {
  const out = h('div', { class: 'out' });
  const exp = button(
    'backup-export',
    () =>
      busy(exp, out, async () => {
        const text = encodeBackup(await store.readAll());
        const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
        const day = new Date().toISOString().slice(0, 10);
        const a = h('a', { href: url, download: `mappe-backup-${day}.json`, class: 'visually-hidden', 'data-backup-link': '' });
        document.body.append(a);
        a.click();
        setTimeout(() => {
          a.remove();
          URL.revokeObjectURL(url);
        }, 60_000);
      }),
    { class: 'primary', 'data-action': 'export' },
  );
  show(view, tr('h1', 'backup-title'), tr('p', 'backup-intro'), exp, tr('p', 'backup-storage-note', undefined, { class: 'hint' }), h('hr'), restoreButton(view, ctx), out);
  ctx.ready();
}

/** "Restore from a backup file": a file chooser, a warning, then the stored wallet is replaced. */
export function restoreButton(view, ctx) {
  const out = h('div', { class: 'out' });
  const input = h('input', { type: 'file', accept: 'application/json,.json', class: 'visually-hidden', 'data-restore-file': '' });
  const btn = button('backup-restore', () => input.click(), { class: 'link', 'data-action': 'restore' });
  input.addEventListener('change', () =>
    busy(btn, out, async () => {
      const f = input.files && input.files[0];
      if (!f) return;
      let parts;
      try {
        parts = decodeBackup(await f.text());
        const core = await loadCore();
        core.keystoreFingerprint(parts.keystore);
      } catch {
        throw appError('backup-bad');
      }
      const yes = button('backup-restore', () =>
        busy(yes, out, async () => {
          await store.replaceAll(parts);
          if (session.wallet) lock('restored');
          ctx.go('start', { notice: 'backup-restored' });
        }), { class: 'danger', 'data-action': 'confirm-restore' });
      out.replaceChildren(h('div', { class: 'confirm', role: 'alertdialog' }, tr('p', 'backup-restore-warning', undefined, { class: 'warning' }), h('div', { class: 'actions' }, yes)));
    }),
  );
  return h('div', { class: 'restore' }, btn, input, out);
}

export { notice };
