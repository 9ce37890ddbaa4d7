// Small DOM helpers. Everything the page shows is built with createElement/textContent:
// no innerHTML anywhere, so text that arrives over the wire can never become markup.

/** Build an element: h('p', {class: 'x', onclick: fn}, 'text', child). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'class') el.className = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Append children; strings become text nodes (never parsed as HTML). */
export function append(el, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Remove every child of an element. */
export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

/** Visually hidden text, still read by screen readers. */
export function srOnly(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

const sameDay = (a, b) => a.toDateString() === b.toDateString();

/** A <time> element whose text a screen reader can read ("20:41" or "24 Nov 2026, 20:41"). */
export function timeEl(ms) {
  const date = new Date(Number(ms) || Date.now());
  const options = sameDay(date, new Date())
    ? { hour: '2-digit', minute: '2-digit' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  const text = new Intl.DateTimeFormat(undefined, options).format(date);
  return h('time', { datetime: date.toISOString() }, text);
}

let announceTimer = 0;

/** Say something politely through the page's single status region (not the message log). */
export function announce(text, { tone = 'info' } = {}) {
  const region = document.getElementById('status');
  if (!region) return;
  region.dataset.tone = tone;
  clear(region);
  window.clearTimeout(announceTimer);
  // A short delay lets screen readers notice a change even when the same text repeats.
  announceTimer = window.setTimeout(() => append(region, [text]), 50);
}

/** A random id for de-duplicating sends; randomUUID needs a secure context, so fall back. */
export function randomId() {
  if (globalThis.crypto && typeof globalThis.crypto.randomUUID === 'function') {
    return globalThis.crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
