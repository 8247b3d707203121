// What needs attention, through the wasm core (docs/wasm-api.md "Wallet lifecycle": notices, endedEntries): the start screen's
// list, most urgent first, and the papers to mark expired; the residence fields offices ask for.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { core, mappeError } from './load.mjs';

const DAY = 86400;
const now = Date.UTC(2026, 11, 1, 10) / 1000;
const day = (t) => new Date(t * 1000).toISOString().slice(0, 10);

test('a permit ending in 45 days comes first with the extension advice; the ended Duldung is marked', () => {
  const w = core.createWallet('Person-Passphrase 2026').wallet;
  const duldung = w.addItem('residence', { kind: 'duldung', valid_until: '2025-06-30' });
  const permit = w.addItem('residence', {
    kind: 'aufenthaltserlaubnis',
    valid_until: day(now + 45 * DAY),
    legal_basis: '§ 16a AufenthG',
    work: 'permitted_with_approval',
    conditions: 'Wohnsitzauflage: Musterstadt',
  });
  const list = w.notices(now);
  assert.deepEqual(
    list.map((n) => [n.subject, n.kind, n.urgency, n.days_left, n.advice]),
    [
      [`residence/${permit}`, 'residence_expiring', 'within_90_days', 45, 'advice-residence-extend'],
      [`residence/${duldung}`, 'residence_superseded', 'info', list[1].days_left, null],
    ],
  );
  assert.ok(list[1].days_left < 0);
  assert.deepEqual(w.endedEntries(now), [`residence/${duldung}`]);
  assert.deepEqual(w.endedEntries(now + 46 * DAY).sort(), [`residence/${duldung}`, `residence/${permit}`].sort());
  assert.deepEqual(core.createWallet('Other-Passphrase 2026').wallet.notices(now), []);

  const kept = JSON.parse(w.json()).residence.find((r) => r.id === permit);
  assert.deepEqual([kept.legal_basis, kept.work, kept.conditions], ['§ 16a AufenthG', 'permitted_with_approval', 'Wohnsitzauflage: Musterstadt']);
  w.updateItem('residence', permit, { kind: 'aufenthaltserlaubnis', valid_until: day(now + 45 * DAY), work: null });
  const edited = JSON.parse(w.json()).residence.find((r) => r.id === permit);
  assert.equal('work' in edited || 'legal_basis' in edited, false, 'cleared fields are gone');
  assert.equal(mappeError(() => w.addItem('residence', { kind: 'visa', work: 'sometimes' })).code, 'bad_input');
  assert.equal(mappeError(() => w.notices(-1)).code, 'bad_input');
});
