// The unlocked wallet of this tab, the inactivity lock, the relay host object and the queue of
// relay work waiting for the network.
import * as store from './db.js';
import { loadCore, relayFetch } from './core.js';

export const IDLE_MS = 5 * 60 * 1000;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('mappe-wallet') : null;

export const session = {
  wallet: null,
  opens: null, // share id -> opens, as the relay last said (My shares): for "never opened" notices
  onLock: () => {},
  onChange: () => {},
  timer: 0,
  locks: 0, // counts lock() calls: an operation that ends after a lock must not unlock again
};

export function unlocked(wallet) {
  session.wallet = wallet;
  touch();
}

export function lock(reason) {
  clearTimeout(session.timer);
  if (session.wallet) {
    try {
      session.wallet.free();
    } catch {
      // already freed
    }
  }
  session.wallet = null;
  session.opens = null;
  session.locks++;
  session.onLock(reason);
}

/** Any use of the app pushes the automatic lock back. */
export function touch() {
  clearTimeout(session.timer);
  if (session.wallet) session.timer = setTimeout(() => lock('idle'), IDLE_MS);
}
for (const ev of ['pointerdown', 'keydown', 'input']) addEventListener(ev, touch, { passive: true, capture: true });

/** Merge-saves the wallet (db.saveWallet) and tells the other tabs. */
export async function save(opts) {
  await idle();
  await store.saveWallet(session.wallet, opts);
  channel?.postMessage('saved');
}

// Another tab saved: take its edits in and redraw.
channel?.addEventListener('message', async () => {
  await idle();
  const w = session.wallet;
  if (!w) return;
  const stored = await store.readWalletFile();
  if (stored && session.wallet === w) {
    try {
      w.merge(stored);
      session.onChange();
    } catch (err) {
      console.warn('merge from another tab failed', err);
    }
  }
});

/** The object the core uses to reach the relay and storage (docs/wasm-api.md). */
export const host = {
  fetch: relayFetch,
  readAttachment: (id) => store.readAttachment(id),
  writeAttachment: (id, bytes) => store.writeAttachment(id, bytes),
  readWallet: () => store.readWalletFile(),
  saveWallet: async (file) => {
    await store.putWalletFile(file);
    channel?.postMessage('saved');
  },
};

/**
 * Runs one of the core's relay operations (shareOp, sharesOp, revokeOp, syncOp). The operation
 * owns the wallet while it runs and hands it back with its result or on its error.
 */
let running = Promise.resolve();
export function op(name, ...args) {
  // One at a time: a second operation started while one runs (the queue when the browser comes
  // back online, a second tap) would otherwise hand the core a wallet that is already spent.
  const run = running.then(async () => {
    const core = await loadCore();
    if (!session.wallet) throw Object.assign(new Error('locked'), { name: 'MappeError', code: 'internal' });
    const locks = session.locks;
    // The wallet the core hands back: kept, unless the app was locked in the meantime.
    const back = (w) => {
      if (session.locks === locks) session.wallet = w;
      else w.free();
    };
    try {
      const { wallet, result } = await core[name](session.wallet, ...args);
      back(wallet);
      return result;
    } catch (err) {
      if (err && err.wallet) back(err.wallet);
      throw err;
    }
  });
  running = run.catch(() => {});
  return run;
}

/** Resolves when no relay operation holds the wallet: anything that reads or saves it waits here. */
export function idle() {
  return running;
}

// ---- the queue: relay work that waits for the network ------------------------------------

/** Remembers `job` ({op: 'sync'} or {op: 'revoke', shareId}) to run when back online. */
export async function enqueue(job) {
  const queue = (await store.getSetting('queue')) || [];
  if (!queue.some((j) => j.op === job.op && j.shareId === job.shareId)) queue.push(job);
  await store.setSetting('queue', queue);
}

export async function pending() {
  return (await store.getSetting('queue')) || [];
}

/** Runs the queued jobs with `run(job)`; keeps the ones that fail as unreachable. */
export async function drain(run) {
  const queue = await pending();
  const left = [];
  for (const job of queue) {
    try {
      await run(job);
    } catch (err) {
      if (err && err.code === 'unreachable') left.push(job);
      else console.warn('queued job failed', job.op, err && err.code);
    }
  }
  await store.setSetting('queue', left);
  return left.length === 0;
}
