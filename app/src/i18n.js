// The texts of a page: Fluent files (bundled by build.mjs as text) formatted with
// @fluent/bundle. Right to left for Arabic and Persian. The page says which files with
// useTexts() before it draws: the wallet app its crates/wallet-core/locales/app/ files
// (app/src/texts.js), the office desk its locales/office/ files.
import { FluentBundle, FluentResource } from '@fluent/bundle';

import { LANGS, pickLang } from './i18n-pick.js';

export { LANGS, pickLang };
let SOURCES = {};
const RTL = new Set(['ar', 'fa']);
const bundles = new Map();
let current = 'de';

/** The Fluent sources of this page, by language ({ de, en, ar, uk, fa, tr }). */
export function useTexts(sources) {
  SOURCES = sources;
  bundles.clear();
}

function bundle(lang) {
  let b = bundles.get(lang);
  if (!b) {
    b = new FluentBundle(lang);
    b.addResource(new FluentResource(SOURCES[lang]));
    bundles.set(lang, b);
  }
  return b;
}

export function setLang(lang) {
  current = LANGS.includes(lang) ? lang : 'de';
  document.documentElement.lang = current;
  document.documentElement.dir = isRtl(current) ? 'rtl' : 'ltr';
}

export const lang = () => current;
export const isRtl = (l) => RTL.has(l);

/** A message in `l` (default: the interface language). Unknown ids show as the id. */
export function t(id, args, l = current) {
  const b = bundle(l);
  const msg = b.getMessage(id);
  if (!msg || !msg.value) return id;
  const errors = []; // a missing variable shows as its name instead of throwing
  return b.formatPattern(msg.value, args, errors);
}

/** Each language's name in itself, for the language switch. */
export const selfName = (l) => t('language-self', undefined, l);
