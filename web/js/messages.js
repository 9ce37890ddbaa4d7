// The message list: a labelled, focusable region to browse, NOT a live region (announcer.js
// says why and speaks new messages instead). Each message, presence line and history item is
// added once, keyed by id, so nothing is shown twice.
import { h, srOnly, timeEl } from './dom.js';

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;

/** Text with http(s) links made clickable: used ONLY for messages a moderator pinned. */
export function linkedText(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    parts.push(text.slice(last, match.index));
    parts.push(h('a', { href: match[0], rel: 'noopener noreferrer nofollow' }, match[0]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

export class MessageLog {
  /** @param {{actionsFor: (msg: object) => Node[]}} hooks buttons shown beside each message */
  constructor(hooks) {
    this.region = document.getElementById('log');
    this.list = document.getElementById('message-list');
    this.hooks = hooks;
    this.seen = new Set();
    this.region.addEventListener('keydown', (event) => this.onKeydown(event));
    this.region.addEventListener('focusin', (event) => this.makeCurrent(event.target));
  }

  reset() {
    this.seen.clear();
    this.list.replaceChildren();
  }

  has(id) {
    return this.seen.has(id);
  }

  /** Add a chat message once; returns false when this id was already shown. */
  addMessage(msg, { mine }) {
    if (typeof msg.id !== 'string' || this.seen.has(msg.id)) return false;
    this.seen.add(msg.id);
    const who = mine ? `${msg.alias} (you)` : String(msg.alias);
    const item = h('li', { class: mine ? 'msg mine' : 'msg', 'data-id': msg.id },
      h('p', { class: 'msg-meta' },
        h('span', { class: 'msg-alias' }, who), srOnly(', '), timeEl(msg.ts), srOnly(':')),
      h('p', { class: 'msg-text' }, String(msg.text)),
      h('div', { class: 'msg-actions' }, this.hooks.actionsFor(msg, { mine })));
    this.append(item);
    return true;
  }

  /** A line such as "Quiet Heron joined the room". */
  addNotice(text) {
    this.append(h('li', { class: 'notice' }, text));
  }

  /** A message a moderator deleted disappears from the log (and never comes back). */
  remove(id) {
    this.list.querySelector(`li[data-id="${CSS.escape(id)}"]`)?.remove();
    this.refreshTabStops();
  }

  scrollToEnd() {
    this.region.scrollTop = this.region.scrollHeight;
  }

  append(item) {
    const nearBottom =
      this.region.scrollHeight - this.region.scrollTop - this.region.clientHeight < 80;
    this.list.append(item);
    this.refreshTabStops();
    if (nearBottom) this.region.scrollTop = this.region.scrollHeight;
  }

  buttons() {
    return Array.from(this.list.querySelectorAll('.msg-actions button'));
  }

  // Roving tab stop: only one message button is in the Tab order; arrows move between them,
  // so a long history doesn't stand between the keyboard and the message box.
  refreshTabStops() {
    const buttons = this.buttons();
    const current = buttons.find((b) => b.tabIndex === 0 && b !== buttons.at(-1));
    for (const b of buttons) b.tabIndex = -1;
    const keep = current && this.region.contains(document.activeElement) ? current : buttons.at(-1);
    if (keep) keep.tabIndex = 0;
  }

  makeCurrent(target) {
    const buttons = this.buttons();
    if (!buttons.includes(target)) return;
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
  }

  onKeydown(event) {
    const buttons = this.buttons();
    const index = buttons.indexOf(document.activeElement);
    const moves = { ArrowUp: index - 1, ArrowDown: index + 1, Home: 0, End: buttons.length - 1 };
    if (!(event.key in moves) || index < 0) return; // on the log itself, arrows scroll it
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, moves[event.key]))];
    event.preventDefault();
    next.focus();
  }
}
