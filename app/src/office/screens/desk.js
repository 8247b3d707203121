// The desk: the office card as a QR code (and the poster), opening a share (camera, link,
// picture), the way to "Confirm a paper" (screens/issue.js) and exporting the office key for a
// second PC.
import { h, tr, button, show, busy, notice, appError } from '../../ui.js';
import { t } from '../../i18n.js';
import { loadCore } from '../../core.js';
import * as store from '../db.js';
import { session, shareIdOf } from '../session.js';

/** An <img> of the QR code of `text` (the core's SVG through a blob: URL). */
export async function qrImage(text, alt, cls = 'qr') {
  const core = await loadCore();
  const url = URL.createObjectURL(new Blob([core.qrSvg(text)], { type: 'image/svg+xml' }));
  return h('img', { src: url, class: cls, alt });
}

/** Shows the camera in `where` until a QR code is read (its text) or cancelled (null). */
export async function scanCamera(where) {
  const { readVideoQr } = await import('../app/scan.js');
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
  } catch {
    throw appError('scan-no-camera');
  }
  const keep = [...where.childNodes];
  let stopped = false;
  const video = h('video', { class: 'camera', playsinline: true, muted: true });
  video.srcObject = stream;
  where.replaceChildren(tr('p', 'scan-title'), video, button('cancel', () => (stopped = true)));
  try {
    await video.play();
    return await readVideoQr(video, () => stopped);
  } finally {
    for (const track of stream.getTracks()) track.stop();
    where.replaceChildren(...keep);
  }
}

/** Checks that `link` is a share link of this relay; the page may fetch nothing else. */
export function checkLink(link) {
  shareIdOf(link);
  const u = new URL(link.trim());
  if (u.origin !== location.origin) {
    const err = appError('open-other-relay');
    err.args = { host: u.host };
    throw err;
  }
  return link.trim();
}

export async function deskScreen(view, ctx) {
  const info = session.info;
  const out = h('div', { class: 'out' });
  const openWith = (link) => {
    if (!link) return;
    ctx.go('share', { link: checkLink(link) });
  };
  const controls = h('div', { class: 'open-controls' });
  const scanBtn = button(
    'open-scan',
    () =>
      busy(scanBtn, out, async () => {
        const text = await scanCamera(controls);
        if (text) performance.mark('office:submit');
        openWith(text);
      }),
    { class: 'primary', 'data-action': 'scan' },
  );
  const linkInput = h('input', { type: 'url', dir: 'ltr', class: 'wide', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', 'data-input': 'link' });
  const linkId = 'office-link';
  linkInput.id = linkId;
  const linkBtn = button('open-link-go', () => busy(linkBtn, out, async () => {
    performance.mark('office:submit');
    openWith(linkInput.value);
  }), { 'data-action': 'open-link' });
  linkInput.addEventListener('keydown', (e) => e.key === 'Enter' && linkBtn.click());
  const fileInput = h('input', { type: 'file', accept: 'image/*', class: 'visually-hidden', 'data-file': 'picture' });
  const fileBtn = button('open-picture', () => fileInput.click(), { 'data-action': 'picture' });
  fileInput.addEventListener('change', () =>
    busy(fileBtn, out, async () => {
      const f = fileInput.files && fileInput.files[0];
      if (!f) return;
      const { readImageQr } = await import('../app/scan.js');
      const text = await readImageQr(f);
      fileInput.value = '';
      if (!text) throw appError('scan-no-code');
      performance.mark('office:submit');
      openWith(text);
    }),
  );
  controls.append(
    scanBtn,
    h('form', { class: 'link-row', on: { submit: (e) => e.preventDefault() } }, h('label', { for: linkId, text: t('open-link') }), h('div', { class: 'inline' }, linkInput, linkBtn)),
    fileBtn,
    fileInput,
  );

  const exportOut = h('div', { class: 'out' });
  const exportBtn = button(
    'desk-export',
    () =>
      busy(exportBtn, exportOut, async () => {
        const core = await loadCore();
        const stored = await store.readOffice();
        const bytes = core.exportOffice(stored.keystore, stored.card);
        const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
        const a = h('a', { href: url, download: 'office.mappe-office', class: 'visually-hidden' });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        exportOut.replaceChildren(notice('desk-export-done', undefined, 'ok'));
      }),
    { 'data-action': 'export' },
  );

  show(
    view,
    h(
      'div',
      { class: 'desk' },
      h('section', { class: 'card open-share' }, tr('h1', 'desk-open-title'), tr('p', 'desk-open-intro'), controls, out),
      h(
        'section',
        { class: 'card office-card', 'data-card': info.card },
        tr('h2', 'desk-card-title'),
        h('p', { class: 'card-name', dir: 'auto', text: info.name }),
        await qrImage(info.card, t('desk-card-title'), 'qr card-qr'),
        h('p', { class: 'card-fp', 'data-fingerprint': '' }, `${t('desk-fingerprint')}: `, h('span', { class: 'fp-value', dir: 'ltr', translate: 'no', text: info.fingerprint })),
        tr('p', 'desk-card-intro', undefined, { class: 'hint' }),
        button('desk-poster', () => ctx.go('poster'), { 'data-action': 'poster' }),
      ),
      h(
        'section',
        { class: 'card issue-entry' },
        tr('h2', 'issue-title'),
        tr('p', 'desk-issue-intro', undefined, { class: 'hint' }),
        button('desk-issue', () => ctx.go('issue'), { 'data-action': 'issue-screen' }),
      ),
      h('section', { class: 'card export' }, tr('h2', 'desk-export'), tr('p', 'desk-export-intro', undefined, { class: 'hint' }), exportBtn, exportOut),
    ),
  );
  ctx.ready();
}
