// The interface language: stored choice, else the browser's, else German.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const { pickLang } = await import('../../src/i18n-pick.js');

test('language choice', () => {
  assert.equal(pickLang('ar', ['de-DE']), 'ar');
  assert.equal(pickLang(null, ['fa-IR', 'en']), 'fa');
  assert.equal(pickLang(null, ['fr-FR', 'en-GB']), 'en');
  assert.equal(pickLang('xx', ['fr']), 'de');
  assert.equal(pickLang(undefined, undefined), 'de');
});
