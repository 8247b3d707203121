// My shares: status, who opened what and when, revoke (saying what revoking cannot undo).
import { h, tr, button, show, errorBox, busy, notice, when } from '../ui.js';
import { t, lang } from '../i18n.js';
import { now } from '../core.js';
import { session, host, save, enqueue, op } from '../session.js';

const SECTION_OF = { profile: 'profile', cv: 'cv', certificates: 'certificates', residence: 'residence' };
const STATUSES = ['active', 'pending', 'revoked', 'expired', 'used_up'];

export async function sharesScreen(view, ctx, params = {}) {
  const out = h('div', { class: 'out' });
  let fieldText = (path) => path;
  const list = h('ul', { class: 'items', 'data-shares': '' });
  const refresh = button('shares-refresh', () => load(), { 'data-action': 'refresh' });
  show(view, params.notice ? notice(params.notice) : null, tr('h1', 'shares-title'), refresh, out, list);
  ctx.ready();
  async function load() {
    await busy(refresh, out, async () => {
      let shares;
      try {
        shares = await op('sharesOp', host, now());
      } catch (err) {
        if (err && err.code === 'unreachable') out.append(notice('shares-offline'));
        throw err;
      }
      await save();
      // What the relay said about opens, for the start screen's "nobody opened it" notices.
      session.opens = Object.fromEntries(shares.filter((s) => s.status === 'active' && Number.isInteger(s.opens)).map((s) => [s.shareId, s.opens]));
      // The fields in words of the interface language (the core's labels), never as paths.
      const labels = new Map(session.wallet.fieldChoices(lang()).map((c) => [c.path, c.label]));
      fieldText = (path) => labels.get(path) || t(`section-${SECTION_OF[path.split(/[./]/)[0]] || 'profile'}`);
      list.replaceChildren(...(shares.length ? shares.map((s) => card(s)) : [tr('li', 'shares-none', undefined, { class: 'unset' })]));
    });
  }
  function card(s) {
    const status = STATUSES.includes(s.status) ? s.status : 'unknown';
    const out2 = h('div', { class: 'out' });
    const item = h(
      'li',
      { class: `item share status-${status}`, 'data-share': s.shareId },
      h('p', { class: 'status', text: t(`status-${status}`) }),
      h('p', { dir: 'auto', text: s.audience ? t('shares-for-office', { name: s.audience.name || s.audience }) : t('shares-for-anyone') }),
      h('p', { class: 'fields', dir: 'auto', text: (s.fields || []).map((f) => fieldText(f)).join(', ') }),
      s.expiresAt ? h('p', { text: t('shares-until', { date: when(s.expiresAt, lang()) }) }) : null,
      s.live ? tr('p', 'shares-live') : null,
      h('p', { text: t('shares-opened', { count: s.opens || 0 }) }),
      (s.log || []).length
        ? h('ul', { class: 'log' }, s.log.map((e) => h('li', { dir: 'auto', text: t('shares-log-line', { date: when(e.at, lang()), by: e.by && e.by.kind !== 'bearer' ? e.by.name || e.by.key : t('shares-by-bearer') }) })))
        : null,
    );
    if (status === 'active' || status === 'pending') {
      const revoke = button('shares-revoke', () => confirm(), { class: 'danger', 'data-action': 'revoke' });
      item.append(revoke);
      const confirm = () => {
        const yes = button('shares-revoke-yes', () =>
          busy(yes, out2, async () => {
            try {
              await op('revokeOp', host, s.shareId, now());
            } catch (err) {
              if (err && err.code === 'unreachable') {
                await enqueue({ op: 'revoke', shareId: s.shareId });
                out2.replaceChildren(notice('sync-queued'));
                return;
              }
              throw err;
            }
            await save();
            sharesScreen(view, ctx, { notice: 'shares-revoked' });
          }), { class: 'danger', 'data-action': 'confirm-revoke' });
        out2.replaceChildren(
          h('div', { class: 'confirm', role: 'alertdialog' }, tr('h3', 'shares-revoke-title'), tr('p', 'shares-revoke-warning', undefined, { class: 'warning' }), h('div', { class: 'actions' }, yes, button('cancel', () => out2.replaceChildren()))),
        );
      };
    }
    item.append(out2);
    return item;
  }
  load();
}

export { errorBox };
