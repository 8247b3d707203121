// My CV (issue 13): the core's Lebenslauf (Wallet.cvHtml: content, order, wording and escaping
// are decided there) previewed in a sandboxed frame, then printed with the phone's print dialog,
// which also offers "Save as PDF". Nothing leaves the phone.
import { h, tr, button, field, show, errorBox } from '../ui.js';
import { t, LANGS, selfName } from '../i18n.js';
import { session } from '../session.js';

/** The core's photo limit (cv_export::MAX_PHOTO_BYTES); checked here only so a huge file is not
 * read into memory at all. The core checks again. */
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Today where the person is, `YYYY-MM-DD`: they sign the CV on their own day, not UTC's. */
function today() {
  const d = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** 210 mm in CSS pixels: the width the CV is laid out at, as on paper. */
const A4_CSS_PX = 794;

const photoBad = () => h('div', { class: 'notice error', role: 'alert', 'data-error': 'cv-photo' }, tr('p', 'cv-photo-bad'));

export function cvScreen(view, ctx, params = {}) {
  // The choices live in the screen's params: a redraw (the app's language switched) keeps them,
  // leaving the screen or locking the wallet drops them.
  const state = params;
  let photo = state.photo || null;
  // German first and chosen: the CV is for employers in Germany.
  const langs = ['de', ...LANGS.filter((l) => l !== 'de')];
  const langSet = h(
    'fieldset',
    { class: 'field kinds', 'data-cv-lang': '' },
    h('legend', { text: t('cv-lang'), 'data-t': 'cv-lang' }),
    langs.map((l) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'cv-lang', value: l, checked: l === (state.cvLang || 'de') }), h('span', { lang: l, text: selfName(l) }))),
    tr('p', 'cv-lang-hint', undefined, { class: 'hint' }),
  );
  const place = field('cv-place', h('input', { type: 'text', dir: 'auto', class: 'wide', maxlength: 100, autocomplete: 'address-level2', value: state.place || '', 'data-cv-place': '' }), 'cv-place-hint');

  const photoName = h('p', { class: 'file-note', dir: 'auto', 'data-cv-photo-name': '', text: state.photoName || '' });
  const photoInput = h('input', { type: 'file', accept: 'image/jpeg,image/png', class: 'visually-hidden', 'data-file': 'cv-photo' });
  const noPhoto = button('cv-photo-none', () => setPhoto(null, ''), { class: 'link', 'data-action': 'cv-no-photo', hidden: !photo });
  photoInput.addEventListener('change', async () => {
    const f = photoInput.files && photoInput.files[0];
    photoInput.value = '';
    if (!f) return;
    if (f.size > MAX_PHOTO_BYTES) {
      out.replaceChildren(photoBad());
      return;
    }
    setPhoto(new Uint8Array(await f.arrayBuffer()), f.name);
  });
  const photoRow = h(
    'div',
    { class: 'field' },
    tr('p', 'cv-photo', undefined, { class: 'label' }),
    h('div', { class: 'actions' }, button('cv-photo-pick', () => photoInput.click(), { 'data-action': 'cv-photo' }), noPhoto),
    photoInput,
    tr('p', 'cv-photo-hint', undefined, { class: 'hint' }),
    photoName,
  );

  // No scripts run in it (no allow-scripts; the CV has none, and the app's CSP, which a srcdoc
  // frame inherits, forbids inline ones). allow-same-origin lets this page call its print(),
  // allow-modals lets print() open the dialog.
  const frame = h('iframe', { class: 'cv-preview', title: t('cv-preview'), sandbox: 'allow-same-origin allow-modals', 'data-cv-preview': '' });
  const sheet = h('div', { class: 'cv-sheet' }, frame);
  // The CV laid out on an A4-wide page, as it prints, scaled down to the screen's width; the
  // frame as tall as the CV, so the screen scrolls as one page.
  const fit = () => {
    const doc = frame.contentDocument;
    if (!doc || !doc.documentElement || !sheet.clientWidth) return;
    const scale = Math.min(1, sheet.clientWidth / A4_CSS_PX);
    const height = doc.documentElement.scrollHeight;
    frame.style.height = `${height}px`;
    frame.style.transform = `scale(${scale})`;
    sheet.style.height = `${Math.ceil(height * scale)}px`;
  };
  frame.addEventListener('load', fit);
  const onResize = () => (sheet.isConnected ? fit() : removeEventListener('resize', onResize));
  addEventListener('resize', onResize);
  const out = h('div', { class: 'out', 'data-cv-out': '' });
  const print = button('cv-print', () => frame.contentWindow && frame.contentWindow.print(), { class: 'primary', 'data-action': 'cv-print', disabled: true });

  function render() {
    const lang = langSet.querySelector('input:checked')?.value || 'de';
    Object.assign(state, { cvLang: lang, place: place.input.value, photo, photoName: photoName.textContent });
    try {
      const html = session.wallet.cvHtml(lang, photo, place.input.value, today());
      out.replaceChildren();
      frame.srcdoc = html;
      print.disabled = false;
    } catch (err) {
      if (err && (err.detail === 'not_a_photo' || (photo && err.code === 'too_large'))) {
        // The CV without the refused picture, and the sentence saying why.
        setPhoto(null, '');
        out.replaceChildren(photoBad());
        return;
      }
      out.replaceChildren(errorBox(err));
      print.disabled = true;
    }
  }
  function setPhoto(bytes, name) {
    photo = bytes;
    photoName.textContent = name;
    noPhoto.hidden = !bytes;
    render();
  }

  langSet.addEventListener('change', render);
  place.input.addEventListener('change', render);

  show(
    view,
    tr('h1', 'cv-title'),
    tr('p', 'cv-intro', undefined, { class: 'hint' }),
    h('form', { class: 'card', 'data-form': 'cv', on: { submit: (e) => e.preventDefault() } }, langSet, photoRow, place.row),
    out,
    tr('h2', 'cv-preview'),
    sheet,
    print,
    tr('p', 'cv-print-hint', undefined, { class: 'hint' }),
    button('back', () => ctx.go('home'), { class: 'link', 'data-action': 'back' }),
  );
  render();
  ctx.ready();
}
