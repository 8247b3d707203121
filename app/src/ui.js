// Small DOM helpers. Text always goes in through textContent (never innerHTML).
import { t } from './i18n.js';

/**
 * Makes an element. `props`: class, text (textContent), on: {event: handler}, and any other key
 * as an attribute (false/null leave it out). Children: nodes or strings (as text nodes).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'text') el.textContent = value;
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) el.addEventListener(ev, fn);
    else if (key === 'class') el.className = value;
    else if (key === 'value') el.value = value;
    else if (key === 'checked') el.checked = Boolean(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** A translated text node's element: `tr('p', 'id', args)`. */
export const tr = (tag, id, args, props = {}) => h(tag, { ...props, text: t(id, args), 'data-t': id });

/** A big button. */
export const button = (id, onClick, props = {}) =>
  h('button', { type: 'button', ...props, class: `btn ${props.class || ''}`.trim(), text: t(id), 'data-t': id, on: { click: onClick } });

/** A labelled form field; returns { row, input }. */
export function field(labelId, input, hintId) {
  const id = `f-${labelId}-${Math.random().toString(36).slice(2, 8)}`;
  input.id = id;
  const row = h('div', { class: 'field' }, h('label', { for: id, text: t(labelId), 'data-t': labelId }), input);
  if (hintId) row.append(h('p', { class: 'hint', text: t(hintId) }));
  return { row, input };
}

/** Replaces the contents of `root` with `nodes`. */
export function show(root, ...nodes) {
  root.replaceChildren(...nodes.flat().filter(Boolean));
  window.scrollTo(0, 0);
}

/** A message block for an error thrown by the core (or by the app with the same shape). */
export function errorBox(err) {
  const code = err && err.appCode ? err.appCode : err && err.name === 'MappeError' && err.code ? err.code : 'internal';
  const id = err && err.appCode ? err.appCode : `error-${code}`;
  const box = h('div', { class: 'notice error', role: 'alert', 'data-error': code }, h('p', { text: t(id, err && err.args) }));
  if (code === 'bad_input' && err.message) box.append(h('p', { class: 'detail', dir: 'auto', text: t('error-detail', { detail: err.message }) }));
  if (code === 'internal' && err) console.warn('mappe internal error', err);
  return box;
}

/** A notice (translated message id). */
export const notice = (id, args, kind = 'info') => h('div', { class: `notice ${kind}`, role: 'status', 'data-notice': id }, h('p', { text: t(id, args) }));

/** A date and time from Unix seconds, in the interface language. */
export function when(seconds, lang) {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(seconds * 1000));
  } catch {
    return new Date(seconds * 1000).toISOString();
  }
}

/** Runs `work` with the button disabled and an error box shown in `where` on failure. */
export async function busy(btn, where, work) {
  btn.disabled = true;
  where.replaceChildren();
  try {
    return await work();
  } catch (err) {
    where.replaceChildren(errorBox(err));
    return undefined;
  } finally {
    btn.disabled = false;
  }
}

/** An error with an app-side message id (a translated sentence). */
export function appError(code, message) {
  const err = new Error(message || code);
  err.appCode = code;
  return err;
}
