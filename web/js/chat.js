// Chat view: room heading, who's here, the message log, typing indicator and the message box.
// Sends wait in an outbox until the server echoes them back (matched by client_id), so a
// message typed during a reconnect is delivered once, afterwards. What screen readers hear
// goes through ChatAnnouncer (see announcer.js for why the list itself is not a live region).
import { ChatAnnouncer } from './announcer.js';
import { announce, clear, h, randomId } from './dom.js';
import { MessageLog, linkedText } from './messages.js';

const TYPING_SEND_MS = 3000;
const TYPING_SHOW_MS = 6000;
const SAFE_URL = /^https?:\/\//i;
const KIND_LABEL = { peer: 'Peer-led room', moderated: 'Moderated room' };

export class ChatView {
  constructor({ send, identity, actionsFor }) {
    this.send = send; // (frame) => boolean
    this.identity = identity; // () => current alias
    this.log = new MessageLog({ actionsFor });
    this.announcer = new ChatAnnouncer(document.getElementById('chat-announcer'));
    this.room = null;
    this.members = new Set();
    this.count = 0;
    this.outbox = new Map(); // client_id → frame
    this.typers = new Map(); // alias → timer
    this.lastTypingSent = 0;
    this.composer = document.getElementById('composer');
    document.getElementById('composer-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    this.composer.addEventListener('keydown', (event) => this.onComposerKey(event));
    this.composer.addEventListener('input', () => this.onInput());
  }

  /**
   * `joined`: a fresh room resets the log; a rejoin after reconnect only adds what is new.
   * History is shown, not read out: after a rejoin one line says how many messages were missed.
   */
  open(frame, roomInfo) {
    const sameRoom = this.room && this.room.id === frame.room;
    this.room = { id: frame.room, ...(roomInfo || {}), name: roomInfo?.name || frame.room };
    if (!sameRoom) {
      this.log.reset();
      this.announcer.reset();
      this.outbox.clear();
    }
    this.members = new Set(Array.isArray(frame.members) ? frame.members : []);
    this.count = this.members.size;
    const history = Array.isArray(frame.history) ? frame.history : [];
    // History is shown, not spoken; count only others' messages that were new to the list.
    let added = 0;
    for (const msg of history) {
      if (this.addMessage(msg, { live: false }) && msg.alias !== this.identity()) added += 1;
    }
    if (sameRoom && added) {
      this.announcer.say(`${added === 1 ? '1 new message' : `${added} new messages`}` +
        ' arrived while you were reconnecting.');
    }
    this.renderHeader();
    this.flushOutbox();
  }

  close() {
    this.room = null;
    this.log.reset();
    this.announcer.reset();
    this.outbox.clear();
    this.clearTyping();
  }

  renderHeader() {
    const room = this.room;
    document.getElementById('chat-title').textContent = room.name;
    document.getElementById('chat-topic').textContent = room.topic || '';
    document.getElementById('composer-label').textContent = `Your message to ${room.name}`;
    this.renderMembers();
  }

  renderMembers() {
    const kind = KIND_LABEL[this.room?.kind] || 'Room';
    const people = this.count === 1 ? '1 person here' : `${this.count} people here`;
    document.getElementById('chat-meta').textContent = `${kind} · ${people}`;
    document.getElementById('members-summary').textContent = `Who's here (${this.count})`;
    const list = clear(document.getElementById('member-list'));
    for (const alias of [...this.members].sort()) {
      list.append(h('li', {}, alias === this.identity() ? `${alias} (you)` : alias));
    }
  }

  /** Show a message once; a live one is spoken as "Alias: text" (one's own only as "Sent."). */
  addMessage(msg, { live = true } = {}) {
    if (!this.room || msg.room !== this.room.id) return false;
    if (msg.client_id) this.outbox.delete(msg.client_id);
    const mine = msg.alias === this.identity();
    const added = this.log.addMessage(msg, { mine });
    if (added && live) {
      if (mine) this.announcer.say('Sent.', 'mine', msg.id);
      else this.announcer.say(`${msg.alias}: ${msg.text}`, 'message', msg.id);
    }
    this.stopTyping(msg.alias);
    return added;
  }

  /** `deleted`: gone from the list, and not spoken if it was still waiting to be. */
  remove(id) {
    this.log.remove(id);
    this.announcer.forget(id);
  }

  /** A short line both shown in the list and spoken. */
  notice(text) {
    this.log.addNotice(text);
    this.announcer.say(text, 'notice');
  }

  presence(frame) {
    if (!this.room || frame.room !== this.room.id) return;
    if (frame.state === 'joined') this.members.add(frame.alias);
    else this.members.delete(frame.alias);
    this.count = Number.isInteger(frame.members) ? frame.members : this.members.size;
    this.notice(`${frame.alias} ${frame.state === 'joined' ? 'joined' : 'left'} the room`);
    if (frame.state !== 'joined') this.stopTyping(frame.alias);
    this.renderMembers();
  }

  /** `room_update`: lock and slow-mode notes, and the pinned resource. */
  roomUpdate(frame) {
    if (!this.room || frame.room !== this.room.id) return;
    const notes = [];
    if (frame.locked) notes.push('A moderator has locked this room for now.');
    if (frame.slow_s > 0) notes.push(`Slow mode: one message every ${frame.slow_s} seconds.`);
    if (notes.length) this.notice(notes.join(' '));
    this.showPinned(frame.pinned);
  }

  /** A moderator's pinned resource: the only place where links become clickable. */
  showPinned(pinned) {
    const box = document.getElementById('pinned');
    if (!pinned || (typeof pinned.text !== 'string' && typeof pinned.url !== 'string')) {
      clear(box);
      box.hidden = true;
      return;
    }
    const url = typeof pinned.url === 'string' && SAFE_URL.test(pinned.url) ? pinned.url : null;
    clear(box).append(
      h('h2', {}, 'Pinned by a moderator'),
      pinned.text ? h('p', {}, linkedText(String(pinned.text))) : null,
      url && !String(pinned.text || '').includes(url)
        ? h('p', {}, h('a', { href: url, rel: 'noopener noreferrer nofollow' }, url)) : null);
    box.hidden = false;
  }

  typing(frame) {
    if (!this.room || frame.room !== this.room.id || frame.alias === this.identity()) return;
    window.clearTimeout(this.typers.get(frame.alias));
    this.typers.set(frame.alias, window.setTimeout(() => this.stopTyping(frame.alias),
      TYPING_SHOW_MS));
    this.renderTyping();
  }

  stopTyping(alias) {
    window.clearTimeout(this.typers.get(alias));
    if (this.typers.delete(alias)) this.renderTyping();
  }

  clearTyping() {
    for (const timer of this.typers.values()) window.clearTimeout(timer);
    this.typers.clear();
    this.renderTyping();
  }

  // Deliberately not a live region: typing is shown, not announced, to keep speech short.
  renderTyping() {
    const names = [...this.typers.keys()];
    let text = '';
    if (names.length === 1) text = `${names[0]} is typing…`;
    else if (names.length === 2) text = `${names[0]} and ${names[1]} are typing…`;
    else if (names.length > 2) text = 'Several people are typing…';
    document.getElementById('typing').textContent = text;
  }

  onComposerKey(event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit();
    }
  }

  onInput() {
    const now = Date.now();
    if (!this.room || !this.composer.value.trim() || now - this.lastTypingSent < TYPING_SEND_MS) {
      return;
    }
    this.lastTypingSent = now;
    this.send({ action: 'typing', room: this.room.id });
  }

  submit() {
    const text = this.composer.value.trim();
    if (!this.room) return;
    if (!text) {
      announce('Write a message first.', { tone: 'error' });
      this.composer.focus();
      return;
    }
    const clientId = randomId();
    const frame = { action: 'send', room: this.room.id, text, client_id: clientId, ref: clientId };
    this.outbox.set(clientId, frame);
    this.composer.value = '';
    this.lastTypingSent = 0;
    if (!this.send(frame)) announce('You are offline; your message will be sent when Hearth reconnects.');
  }

  /** A send was refused: put the words back so nothing the person wrote is lost. */
  restore(ref) {
    const frame = this.outbox.get(ref);
    if (!frame) return;
    this.outbox.delete(ref);
    if (!this.composer.value.trim()) this.composer.value = frame.text;
  }

  flushOutbox() {
    for (const frame of this.outbox.values()) this.send(frame);
  }
}
