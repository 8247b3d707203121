// Every failure the viewer can show has its German and English words, and each relay error
// code an open can answer leads to the reason that explains it.
import test from 'node:test';
import assert from 'node:assert/strict';

import { REASONS, reasonFor } from '../../src/texts.js';

test('every reason has a title and a sentence in German and English', () => {
  for (const [key, reason] of Object.entries(REASONS)) {
    for (const lang of ['de', 'en']) {
      assert.equal(reason[lang]?.length, 2, `${key}.${lang}`);
      assert.ok(reason[lang].every((s) => typeof s === 'string' && s.length > 3), `${key}.${lang}`);
    }
  }
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
