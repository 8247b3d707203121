// Sync: relay address (remembered; default the origin serving the app), "sync now", last result.
// Without the network the wish is queued and run when the browser is back online.
import { h, tr, button, field, show, busy, notice, when } from '../ui.js';
import { t, lang } from '../i18n.js';
import { now } from '../core.js';
import { session, host, save, enqueue, pending, op } from '../session.js';
import * as store from '../db.js';

/** One sync with the remembered relay (also run from the queue). */
export async function syncNow(relay) {
  const prev = (await store.getSync()) || {};
  const state = prev.relay === relay ? prev.syncState ?? null : null;
  const { report, syncState } = await op('syncOp', host, relay, state, now());
  await save();
  await store.setSync({ relay, syncState, lastAt: now(), lastReport: report ?? null });
  return report;
}

/** How many changes a sync report names, if it says (the report's shape belongs to the core). */
export function changeCount(report) {
  if (!report || typeof report !== 'object') return null;
  let n = 0;
  let seen = false;
  for (const key of ['pulled', 'pushed', 'received', 'sent', 'applied', 'uploaded', 'downloaded']) {
    if (typeof report[key] === 'number') {
      n += report[key];
      seen = true;
    }
  }
  return seen ? n : null;
}

export async function syncScreen(view, ctx) {
  const relay = field('sync-relay', h('input', { type: 'url', dir: 'ltr', class: 'wide', value: ctx.relay() }));
  const out = h('div', { class: 'out' });
  const last = h('p', { class: 'last', 'data-last-sync': '' });
  const drawLast = async () => {
    const s = await store.getSync();
    last.textContent = s && s.lastAt ? t('sync-last', { date: when(s.lastAt, lang()) }) : t('sync-never');
    const q = await pending();
    if (q.length) out.append(notice('sync-queued'));
  };
  const go = button(
    'sync-now',
    () =>
      busy(go, out, async () => {
        const url = relay.input.value.trim();
        await store.setSetting('relay', url);
        ctx.setRelay(url);
        if (!navigator.onLine) {
          await enqueue({ op: 'sync' });
          out.append(notice('sync-offline'));
          return;
        }
        try {
          const report = await syncNow(url);
          const n = changeCount(report);
          out.append(notice('sync-ok', undefined, 'ok'));
          if (n !== null) out.append(notice('sync-report', { count: n }));
        } catch (err) {
          if (err && err.code === 'unreachable') await enqueue({ op: 'sync' });
          throw err;
        }
        await drawLast();
      }),
    { class: 'primary', 'data-action': 'sync' },
  );
  show(view, tr('h1', 'sync-title'), tr('p', 'sync-intro'), h('form', { class: 'card', on: { submit: (e) => e.preventDefault() } }, relay.row, go), last, out);
  await drawLast();
  ctx.ready();
}

export { session };
