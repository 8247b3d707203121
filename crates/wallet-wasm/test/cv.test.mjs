// The Lebenslauf through the wasm core (docs/wasm-api.md "CV"): the person's name and aliases,
// the CV entries, the German headings, escaping, the photo check, and no residence paper.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { core, mappeError } from './load.mjs';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function wallet() {
  const w = core.createWallet('Person-Passphrase 2026').wallet;
  w.setProfile('given_names', 'Amira');
  w.setProfile('family_name', 'Haddad');
  w.setAliases(['أميرة حداد']);
  w.addItem('cv', { kind: 'work', title: 'Pflegehelferin <script>alert(1)</script>', organisation: 'Klinikum Musterstadt', from: '2023-09' });
  w.addItem('cv', { kind: 'education', title: 'Abitur', place: 'Aleppo', from: '2003', to: '2009' });
  w.addItem('residence', { kind: 'aufenthaltserlaubnis', number: 'Y7XK31234', valid_until: '2027-06-30' });
  return w;
}

test('the Lebenslauf holds the name, the alias and the entries under German headings, escaped', () => {
  const html = wallet().cvHtml(null, undefined, 'Berlin', '2026-12-02');
  assert.match(html, /^<!DOCTYPE html>\n<html lang="de" dir="ltr">/);
  assert.ok(html.includes('<bdi lang="ar" dir="rtl">أميرة حداد</bdi>'), 'the Arabic-script alias, marked');
  const text = html.replace(/<[^>]+>/g, '');
  for (const want of ['Amira Haddad', 'Klinikum Musterstadt', 'Abitur', 'Berufserfahrung', 'Ausbildung und Schulbildung', 'Persönliche Daten', 'seit 09/2023', 'Berlin, den 02.12.2026']) {
    assert.ok(text.includes(want), want);
  }
  assert.ok(html.includes('Pflegehelferin &lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.equal(/<script/i.test(html), false, 'no script element, not even from a title');
  assert.equal(html.includes('Y7XK31234'), false, 'residence papers are never on a CV');
});

test('the headings follow the chosen language; Arabic lays the page out right to left', () => {
  const w = wallet();
  const en = w.cvHtml('en', undefined, undefined, undefined);
  assert.ok(en.includes('Work experience'), 'English headings');
  assert.equal(en.includes('Berufserfahrung'), false);
  assert.equal(en.includes(', den '), false, 'no place/date line without a date');
  assert.match(w.cvHtml('ar', undefined, undefined, undefined), /<html lang="ar" dir="rtl">/);
  assert.equal(mappeError(() => w.cvHtml('xx', undefined, undefined, undefined)).code, 'bad_input');
});

test('a photo is checked by its bytes and its size; town and date are checked', () => {
  const w = wallet();
  assert.ok(w.cvHtml('de', PNG, undefined, undefined).includes('src="data:image/png;base64,'));
  const notPhoto = mappeError(() => w.cvHtml('de', new TextEncoder().encode('GIF89a'), undefined, undefined));
  assert.deepEqual([notPhoto.code, notPhoto.detail], ['bad_input', 'not_a_photo']);
  const big = new Uint8Array(5 * 1024 * 1024 + 1);
  big.set(PNG);
  assert.equal(mappeError(() => w.cvHtml('de', big, undefined, undefined)).code, 'too_large');
  assert.equal(mappeError(() => w.cvHtml('de', undefined, 'Ber\nlin', undefined)).code, 'bad_input');
  assert.equal(mappeError(() => w.cvHtml('de', undefined, undefined, '02.12.2026')).code, 'bad_input');
  assert.equal(w.cvHtml('de', undefined, '  ', '2026-12-02').replace(/<[^>]+>/g, '').includes('Berlin, den'), false);
});
