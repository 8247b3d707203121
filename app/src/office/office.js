// Mappe's office desk (/office/): the caseworker's page. The shell (header, language, end of
// sitting) and the screens; docs/office.md. The core (wallet-core in WebAssembly, loaded from
// /app/pkg/) decides and decrypts; this code stores bytes and draws.
import './texts.js'; // first: the office's Fluent files and where the core is
import { h, show, errorBox } from '../ui.js';
import { LANGS, pickLang, setLang, lang, selfName, t } from '../i18n.js';
import { loadCore } from '../core.js';
import * as store from './db.js';
import { session, lock } from './session.js';
import { startScreen } from './screens/start.js';
import { deskScreen } from './screens/desk.js';
import { shareScreen } from './screens/share.js';
import { posterScreen } from './screens/poster.js';
import { issueScreen } from './screens/issue.js';

const SCREENS = { desk: deskScreen, share: shareScreen, poster: posterScreen, issue: issueScreen };
let current = { screen: 'start', params: {} };
const view = h('main', { id: 'view', 'data-state': 'loading' });
const langSelect = h('select', { class: 'lang', 'aria-label': 'language', 'data-lang-switch': '' });
const lockBtn = h('button', { type: 'button', class: 'lock', 'data-action': 'lock' });
const officeName = h('span', { class: 'office-name', dir: 'auto', 'data-office-name': '' });
const header = h('header', { class: 'bar no-print' }, h('span', { class: 'brand' }), officeName, langSelect, lockBtn);

/** The share link this page was asked to open (`#open=<encoded link>`), if any. */
export function linkInHash() {
  const m = /^#open=(.+)$/.exec(location.hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

const ctx = {
  go(screen, params = {}) {
    current = { screen, params };
    return draw();
  },
  ready() {
    view.dataset.state = 'ready';
    view.dataset.screen = current.screen;
    performance.mark(`office:screen-${current.screen}`);
  },
  /** After unlocking: the share named in the address, else the desk. */
  home() {
    const link = linkInHash();
    return link ? ctx.go('share', { link }) : ctx.go('desk');
  },
  /** Remembers the shown share in the address (survives a reload of this tab), or forgets it. */
  setHashLink(link) {
    history.replaceState(null, '', link ? `#open=${encodeURIComponent(link)}` : location.pathname);
  },
};

function drawChrome() {
  header.querySelector('.brand').textContent = t('app-name');
  officeName.textContent = session.info ? session.info.name : '';
  langSelect.setAttribute('aria-label', t('language'));
  langSelect.replaceChildren(...LANGS.map((l) => h('option', { value: l, lang: l, text: selfName(l), selected: l === lang() })));
  lockBtn.textContent = t('lock');
  lockBtn.hidden = !session.office;
}

async function draw() {
  drawChrome();
  view.dataset.state = 'loading';
  try {
    if (!session.office || current.screen === 'start') {
      if (current.screen !== 'start') current = { screen: 'start', params: {} };
      await startScreen(view, ctx, current.params);
    } else {
      await SCREENS[current.screen](view, ctx, current.params);
    }
  } catch (err) {
    show(view, errorBox(err));
    ctx.ready();
  }
  drawChrome();
}

session.onLock = (reason) => {
  ctx.setHashLink(null);
  ctx.go('start', { reason });
};
lockBtn.addEventListener('click', () => lock('button'));
langSelect.addEventListener('change', async () => {
  setLang(langSelect.value);
  await store.setSetting('lang', lang()).catch(() => {});
  draw();
});
// A link to this page with another #open=… while the desk is open (the viewer's link).
addEventListener('hashchange', () => {
  const link = linkInHash();
  if (link && session.office) ctx.go('share', { link });
});

async function main() {
  document.body.append(header, view);
  loadCore().catch(() => {});
  let stored = null;
  try {
    stored = await store.getSetting('lang');
  } catch (err) {
    console.warn('settings', err);
  }
  setLang(pickLang(stored, navigator.languages));
  await draw();
}

main();
