// Every language has exactly the English message ids, with the same variables, and every
// message formats without errors. The error codes of docs/wasm-api.md each have a sentence.
// Both sets of files: the wallet app's (locales/app/) and the office desk's (locales/office/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FluentBundle, FluentResource } from '@fluent/bundle';

const LANGS = ['de', 'en', 'ar', 'uk', 'fa', 'tr'];
const UNREVIEWED = ['ar', 'uk', 'fa', 'tr'];
const ARGS = { n: 3, days: 30, count: 2, date: '2027-01-01', by: 'X', name: 'Y', fingerprint: 'Z', detail: 'D', opens: 2, max: 3, revision: 4, host: 'relay.example.org', lang: 'Arabic', size: '1.2 MB', reason: 'R' };
const SETS = {
  app: ['wrong_passphrase', 'integrity', 'format', 'recovery_code', 'bad_input', 'not_found', 'too_large', 'unreachable', 'relay', 'withheld', 'revoked', 'expired', 'used_up', 'internal'],
  office: ['wrong_passphrase', 'integrity', 'format', 'bad_input', 'too_large', 'unreachable', 'relay', 'revoked', 'expired', 'used_up', 'not_for_this_office', 'older_revision', 'internal'],
};

for (const [set, codes] of Object.entries(SETS)) {
  const dir = new URL(`../../../crates/wallet-core/locales/${set}/`, import.meta.url);
  const source = (lang) => readFileSync(new URL(`${lang}.ftl`, dir), 'utf8');

  /** message id → sorted list of variable names, read from the parsed resource. */
  function messages(lang) {
    const res = new FluentResource(source(lang));
    const out = new Map();
    const vars = (node, acc) => {
      if (!node || typeof node !== 'object') return acc;
      if (node.type === 'var') acc.add(node.name);
      for (const v of Object.values(node)) {
        if (Array.isArray(v)) v.forEach((x) => vars(x, acc));
        else if (v && typeof v === 'object') vars(v, acc);
      }
      return acc;
    };
    for (const m of res.body) out.set(m.id, [...vars(m.value, new Set())].sort());
    return out;
  }

  const en = messages('en');

  test(`${set}: English has the messages the page needs`, () => {
    assert.ok(en.size > 100);
    for (const code of codes) assert.ok(en.has(`error-${code}`), `error-${code}`);
  });

  for (const lang of LANGS) {
    test(`${set} ${lang}: the same message ids and variables as English, all formatting cleanly`, () => {
      const got = messages(lang);
      assert.deepEqual([...got.keys()].sort(), [...en.keys()].sort());
      for (const [id, vars] of en) assert.deepEqual(got.get(id), vars, `${lang} ${id}`);
      const bundle = new FluentBundle(lang);
      const errors = bundle.addResource(new FluentResource(source(lang)));
      assert.deepEqual(errors, []);
      const args = ARGS;
      for (const id of en.keys()) {
        const errs = [];
        const text = bundle.formatPattern(bundle.getMessage(id).value, args, errs);
        assert.deepEqual(errs, [], `${lang} ${id}`);
        assert.ok(text.trim().length > 0, `${lang} ${id} is empty`);
      }
    });
  }

  test(`${set}: machine-made languages say so at the top`, () => {
    for (const lang of UNREVIEWED) assert.match(source(lang).split('\n').slice(0, 3).join('\n'), /UNREVIEWED/, lang);
    for (const lang of ['de', 'en']) assert.doesNotMatch(source(lang), /UNREVIEWED/, lang);
  });
}
