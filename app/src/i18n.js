// The app's texts: Fluent files from crates/wallet-core/locales/app/ (bundled by build.mjs),
// formatted with @fluent/bundle. Right to left for Arabic and Persian.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import de from '../../crates/wallet-core/locales/app/de.ftl';
import en from '../../crates/wallet-core/locales/app/en.ftl';
import ar from '../../crates/wallet-core/locales/app/ar.ftl';
import uk from '../../crates/wallet-core/locales/app/uk.ftl';
import fa from '../../crates/wallet-core/locales/app/fa.ftl';
import tr from '../../crates/wallet-core/locales/app/tr.ftl';

import { LANGS, pickLang } from './i18n-pick.js';

export { LANGS, pickLang };
const SOURCES = { de, en, ar, uk, fa, tr };
const RTL = new Set(['ar', 'fa']);
const bundles = new Map();
let current = 'de';

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
