// The poster for the counter: the office card's QR code on an A4 page, with the office's name and
// its key's fingerprint to compare. The title and the check in the interface language; how to
// scan it in all six languages, because the people reading it often read no German.
import { h, tr, button, show } from '../../ui.js';
import { LANGS, lang, isRtl, t } from '../../i18n.js';
import { session } from '../session.js';
import { qrImage } from './desk.js';

export async function posterScreen(view, ctx) {
  const info = session.info;
  show(
    view,
    h(
      'section',
      { class: 'poster', 'data-poster': '' },
      tr('h1', 'poster-title'),
      h('p', { class: 'poster-name', dir: 'auto', text: info.name }),
      await qrImage(info.card, info.name, 'qr poster-qr'),
      tr('p', 'poster-text', undefined, { class: 'poster-text' }),
      h(
        'div',
        { class: 'poster-langs' },
        ...LANGS.filter((l) => l !== lang()).map((l) =>
          h('p', { lang: l, dir: isRtl(l) ? 'rtl' : 'ltr', class: 'poster-lang', text: t('poster-text', undefined, l) }),
        ),
      ),
      tr('p', 'poster-check', undefined, { class: 'poster-check' }),
      h('p', { class: 'poster-fp', dir: 'ltr', translate: 'no', text: info.fingerprint }),
    ),
    h('div', { class: 'actions no-print' }, button('print', () => window.print(), { class: 'primary', 'data-action': 'print' }), button('back', () => ctx.go('desk'))),
  );
  ctx.ready();
}
