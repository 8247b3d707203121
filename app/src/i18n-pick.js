// Which interface language to start in (no DOM, so node's unit tests can load it).
export const LANGS = ['de', 'en', 'ar', 'uk', 'fa', 'tr'];

/** The stored choice, else the first of the browser's languages the app has, else German. */
export function pickLang(stored, navigatorLanguages) {
  if (LANGS.includes(stored)) return stored;
  for (const tag of navigatorLanguages || []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (LANGS.includes(base)) return base;
  }
  return 'de';
}
