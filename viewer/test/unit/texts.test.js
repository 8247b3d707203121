// Every text the viewer can show exists in all six languages, with the same kind of value as the
// German one; each relay error code an open can answer leads to the reason that explains it.
import test from 'node:test';
import assert from 'node:assert/strict';

import {
  ATTEST_KINDS,
  FIELD_LABELS,
  KIND_LABELS,
  LANGS,
  LANGUAGE_NAMES,
  LOCALES,
  REASONS,
  RTL,
  SELF_NAMES,
  UI,
  WORK_LABELS,
  fieldLabel,
  pickLanguage,
  reasonFor,
} from '../../src/texts.js';

const SIX = ['de', 'en', 'ar', 'uk', 'fa', 'tr'];

test('the six languages, German first; Arabic and Persian right to left', () => {
  assert.deepEqual(LANGS, SIX);
  assert.deepEqual([...RTL].sort(), ['ar', 'fa']);
  for (const lang of SIX) {
    assert.ok(SELF_NAMES[lang], lang);
    assert.ok(LOCALES[lang], lang);
    assert.doesNotThrow(() => new Intl.DateTimeFormat(LOCALES[lang]), lang);
  }
});

test('every language has every interface text, of the same kind as the German one', () => {
  const keys = Object.keys(UI.de).sort();
  assert.ok(keys.length > 60, `only ${keys.length} texts`);
  for (const lang of SIX) {
    assert.deepEqual(Object.keys(UI[lang]).sort(), keys, `UI.${lang} has other keys than UI.de`);
    for (const key of keys) {
      const de = UI.de[key];
      const x = UI[lang][key];
      assert.equal(typeof x, typeof de, `UI.${lang}.${key}`);
      if (typeof de === 'function') {
        assert.equal(x.length, de.length, `UI.${lang}.${key} takes ${de.length} arguments`);
        const out = x(...['ARG1', 'ARG2'].slice(0, de.length));
        assert.equal(typeof out, 'string');
        for (const arg of ['ARG1', 'ARG2'].slice(0, de.length)) assert.ok(out.includes(arg), `UI.${lang}.${key} drops ${arg}`);
      } else {
        assert.ok(x.length > 0, `UI.${lang}.${key} is empty`);
      }
    }
    assert.equal(UI[lang].statedText.split('{fp}').length, 2, `UI.${lang}.statedText has one {fp}`);
  }
  // Non-German languages are translated, not copied (names, symbols and commands aside).
  const same = ['empty', 'addressedCmd'];
  for (const lang of ['ar', 'uk', 'fa', 'tr']) {
    for (const key of keys) {
      if (same.includes(key) || typeof UI.de[key] !== 'string') continue;
      assert.notEqual(UI[lang][key], UI.en[key], `UI.${lang}.${key} is the English text`);
    }
  }
});

test('the person\'s own statements are never called verified or confirmed', () => {
  assert.equal(UI.de.statedTitle, 'Von der Person angegeben, seit der Freigabe unverändert');
  assert.equal(UI.en.statedTitle, 'Stated by the person, unchanged since shared');
  for (const lang of SIX) assert.equal(UI[lang].verifiedTitle, undefined, lang);
  assert.ok(!/geprüft|bestätigt/i.test(UI.de.statedTitle));
  assert.ok(!/verified|confirmed/i.test(UI.en.statedTitle));
});

test('every reason has a title and a sentence in every language', () => {
  for (const [key, reason] of Object.entries(REASONS)) {
    assert.deepEqual(Object.keys(reason).sort(), [...SIX].sort(), key);
    for (const lang of SIX) {
      assert.equal(reason[lang]?.length, 2, `${key}.${lang}`);
      assert.ok(reason[lang].every((s) => typeof s === 'string' && s.length > 3), `${key}.${lang}`);
    }
  }
});

test('every label is in every language', () => {
  const tables = {
    FIELD_LABELS,
    ATTEST_KINDS,
    LANGUAGE_NAMES,
    WORK_LABELS,
    ...Object.fromEntries(Object.entries(KIND_LABELS).map(([k, v]) => [`KIND_LABELS.${k}`, v])),
  };
  for (const [name, table] of Object.entries(tables)) {
    for (const [key, words] of Object.entries(table)) {
      for (const lang of SIX) assert.ok(typeof words[lang] === 'string' && words[lang].length > 0, `${name}.${key}.${lang}`);
    }
  }
  // The claims an office can confirm (credential.rs) all have words.
  for (const claim of ['kind', 'number', 'valid_from', 'valid_until', 'legal_basis', 'work_permitted', 'level',
    'issuer', 'date', 'degree', 'decision']) {
    assert.ok(FIELD_LABELS[claim], claim);
  }
  assert.deepEqual(Object.keys(ATTEST_KINDS).sort(), ['certificate', 'recognition', 'residence']);
  assert.equal(fieldLabel('legal_basis', 'de'), 'Rechtsgrundlage');
  assert.equal(fieldLabel('some_new_field', 'ar'), 'Some new field');
});

test('the interface language follows the browser, German when none fits', () => {
  assert.equal(pickLanguage(['ar-SY', 'en']), 'ar');
  assert.equal(pickLanguage(['fr-FR', 'uk']), 'uk');
  assert.equal(pickLanguage(['en-US']), 'en');
  assert.equal(pickLanguage(['TR']), 'tr');
  assert.equal(pickLanguage(['fa_IR']), 'fa');
  assert.equal(pickLanguage(['fr', 'es']), 'de');
  assert.equal(pickLanguage([]), 'de');
  assert.equal(pickLanguage(undefined), 'de');
});

test('relay error codes of an open lead to their own reason', () => {
  assert.equal(reasonFor('revoked'), 'revoked');
  assert.equal(reasonFor('expired'), 'expired');
  assert.equal(reasonFor('used_up'), 'used_up');
  assert.equal(reasonFor('rate_limited'), 'rate_limited');
  assert.equal(reasonFor('not_found'), 'wrong_link');
  assert.equal(reasonFor('internal'), 'unreachable');
  for (const code of ['revoked', 'expired', 'used_up', 'rate_limited', 'not_found', 'busy']) {
    assert.ok(REASONS[reasonFor(code)], code);
  }
});
