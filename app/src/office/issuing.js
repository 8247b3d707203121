// Issuing and withdrawing confirmations (attestations) from the desk (docs/office.md "Confirming
// a paper"). The core signs (`office.attest`, `office.withdraw`) and keeps the office's registry
// of what it issued as a string; the desk stores that string sealed under the office key and
// publishes the signed withdrawal list (status list) on the relay serving the page. The registry
// is stored BEFORE publishing: a failed upload is repeated by the next attest or withdraw, whose
// list holds everything.
import { now } from '../core.js';
import { appError } from '../ui.js';
import * as store from './db.js';
import { session } from './session.js';

const LABEL = 'registry';

/** The stored registry string of the unlocked office, or null before its first confirmation. */
export async function loadRegistry() {
  const office = session.office;
  if (!office) throw appError('error-internal');
  const sealed = await store.readRegistry(session.info.fingerprint);
  if (!sealed) return null;
  return new TextDecoder().decode(office.unseal(LABEL, sealed));
}

/** The registry as data: `[{ idx, kind, holder, issued_at, expires_at, withdrawn_at }]`. */
export function issuedList(registry) {
  if (!registry) return [];
  try {
    const r = JSON.parse(registry);
    return Array.isArray(r.issued) ? r.issued : [];
  } catch {
    return [];
  }
}

async function saveRegistry(office, registry) {
  await store.writeRegistry(session.info.fingerprint, office.seal(LABEL, new TextEncoder().encode(registry)));
}

/** Uploads the signed withdrawal list; throws `issue-publish-failed` with the relay's words. */
async function publish(statusUrl, statusToken) {
  let res;
  try {
    res = await fetch(statusUrl, { method: 'PUT', body: statusToken, headers: { 'content-type': 'application/statuslist+jwt' }, cache: 'no-store', credentials: 'omit' });
  } catch {
    const err = appError('issue-publish-failed');
    err.args = { detail: 'network' };
    throw err;
  }
  if (res.status === 200) return;
  let detail = `HTTP ${res.status}`;
  try {
    const body = await res.json();
    if (body && typeof body.message === 'string') detail = body.message;
  } catch {
    // not JSON: the status is all there is
  }
  const err = appError('issue-publish-failed');
  err.args = { detail };
  throw err;
}

/**
 * Signs a confirmation for `request` ({kind, holder, claims, expiresAt}). Returns
 * `{ sdJwt, number, published: null | Error }`: the confirmation stands even when publishing
 * the withdrawal list failed (it is sent again with the next one).
 */
export async function attest(request) {
  const office = session.office;
  if (!office) throw appError('error-internal');
  const registry = await loadRegistry();
  const out = office.attest({ ...request, relay: location.origin }, registry, now());
  await saveRegistry(office, out.registry);
  let problem = null;
  try {
    await publish(out.statusUrl, out.statusToken);
  } catch (err) {
    problem = err;
  }
  return { sdJwt: out.sdJwt, number: out.number, problem };
}

/** Withdraws confirmation `number`; throws when publishing failed (the withdrawal is kept). */
export async function withdraw(number) {
  const office = session.office;
  if (!office) throw appError('error-internal');
  const registry = await loadRegistry();
  if (!registry) throw appError('error-internal');
  const out = office.withdraw(registry, number, now());
  await saveRegistry(office, out.registry);
  await publish(out.statusUrl, out.statusToken);
}
