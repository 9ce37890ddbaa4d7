// What a screen reader hears about the chat. The visible message list is deliberately NOT a
// live region: as role="log" every added <li> was read whole, so each message came with its
// buttons' names ("Report message from Sam, Moderate…"), and history loaded on join or after a
// reconnect came as one long burst. Moving the buttons out of the messages (or hiding them with
// aria-hidden, which focusable controls must never be) would break browsing and the keyboard.
// So the list stays a labelled, focusable region to browse, and this one visually hidden polite
// region says only who said what, in batches, so a busy room can't flood the speech queue.
import { h } from './dom.js';

const FIRST_DELAY_MS = 150; // frames that arrive together are spoken together
const MIN_GAP_MS = 1500; // in a busy room, at most one announcement this often
const MAX_LINES = 3; // a bigger batch is summarised rather than read out line by line
const CLEAR_MS = 7000; // spoken text then leaves the reading order (removals aren't read)

const plural = (n, one, many) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/**
 * The lines to speak for one batch of {text, kind, id}; kind is 'message' (someone else's),
 * 'mine' (the echo of one's own send) or 'notice' (presence, room changes).
 */
export function batchLines(batch) {
  if (batch.length <= MAX_LINES) return batch;
  const others = batch.filter((e) => e.kind === 'message');
  const notices = batch.filter((e) => e.kind === 'notice').length;
  const sent = batch.length - others.length - notices;
  const parts = [];
  if (others.length) parts.push(plural(others.length, 'new message', 'new messages'));
  if (notices) parts.push(plural(notices, 'room update', 'room updates'));
  if (sent) parts.push(plural(sent, 'message of yours sent', 'messages of yours sent'));
  const lines = [{ text: `${parts.join(', ')}.` }];
  const latest = others.at(-1);
  if (latest) lines.push({ text: `Latest: ${latest.text}`, id: latest.id });
  return lines;
}

export class ChatAnnouncer {
  constructor(region) {
    this.region = region;
    this.queue = [];
    this.timer = 0;
    this.clearTimer = 0;
    this.lastFlush = -Infinity;
  }

  /** Queue one line to be spoken; `id` lets a deleted message be withdrawn. */
  say(text, kind = 'notice', id = null) {
    this.queue.push({ text: String(text), kind, id });
    if (this.timer) return;
    const wait = Math.max(FIRST_DELAY_MS, this.lastFlush + MIN_GAP_MS - performance.now());
    this.timer = window.setTimeout(() => this.flush(), wait);
  }

  /** A message a moderator deleted is not spoken, nor left in the hidden text. */
  forget(id) {
    this.queue = this.queue.filter((e) => e.id !== id);
    for (const p of this.region.querySelectorAll('p[data-id]')) {
      if (p.dataset.id === id) p.remove();
    }
  }

  /** Leaving a room: nothing from it is spoken any more. */
  reset() {
    window.clearTimeout(this.timer);
    window.clearTimeout(this.clearTimer);
    this.timer = 0;
    this.queue = [];
    this.region.replaceChildren();
  }

  flush() {
    this.timer = 0;
    this.lastFlush = performance.now();
    const batch = this.queue;
    this.queue = [];
    if (!batch.length) return;
    // New <p> nodes each time: an addition is announced even when the words repeat.
    this.region.replaceChildren(...batchLines(batch).map((line) =>
      h('p', { 'data-id': line.id || null }, line.text)));
    window.clearTimeout(this.clearTimer);
    this.clearTimer = window.setTimeout(() => this.region.replaceChildren(), CLEAR_MS);
  }
}
