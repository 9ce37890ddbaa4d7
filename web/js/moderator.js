// Moderator tools, kept apart from the member UI so the moderation protocol can be finished in
// one place. Shown only when `welcome.role` is "moderator" (hello carried a `credential`).
//
// Wire shapes (docs/asyncapi.yaml, moderation extension):
//   server → client: alert {room, message_id?, level, alias?}; reports {reports: [{room,
//   message_id, alias, reporter, reason, ts}]}; moderated {op, room, ...} (reply to `mod`)
//   client → server: mod {op, room, alias? | message_id? | duration_s? | seconds? | text?/url?};
//   list_reports {room?}. `room_update` (pins, locks) is for everyone and handled in chat.js.
import { announce, clear, h, timeEl } from './dom.js';

const LIST_REPORTS_ACTION = 'list_reports';
const MUTE_S = 15 * 60;
const FIRST_URL = /\bhttps?:\/\/[^\s<>"']+/i;
const SLOW_CHOICES = [0, 10, 30, 60];

export class ModeratorTools {
  constructor({ send, currentRoom }) {
    this.send = send;
    this.currentRoom = currentRoom; // () => room id or null
    this.panel = document.getElementById('moderator-tools');
    this.active = false;
    this.alerts = [];
    this.reports = [];
    this.dialog = null;
  }

  setRole(role) {
    this.active = role === 'moderator';
    this.panel.hidden = !this.active;
    if (this.active) this.render();
  }

  /** Moderation events; returns true when the frame was one of them. */
  handle(frame) {
    if (frame.type === 'alert') {
      this.alerts.unshift(frame);
      announce(`Moderator alert (${frame.level || 'check'}) in room ${frame.room}.`);
    } else if (frame.type === 'reports') {
      this.reports = Array.isArray(frame.reports) ? frame.reports : [];
    } else if (frame.type === 'moderated') {
      announce(`Done: ${frame.op}${frame.alias ? ` ${frame.alias}` : ''}.`);
      return true;
    } else {
      return false;
    }
    if (this.active) this.render();
    return true;
  }

  /** Extra buttons beside a message (none for members). */
  actionsFor(msg) {
    if (!this.active) return [];
    return [h('button', { type: 'button', class: 'link-button',
      onclick: (event) => this.openActions(msg, event.currentTarget) }, 'Moderate',
    h('span', { class: 'visually-hidden' }, ` message from ${msg.alias}`))];
  }

  mod(op, fields) {
    this.send({ action: 'mod', op, ref: `mod-${op}-${Date.now()}`, ...fields });
    announce(`Moderator action sent: ${op}.`);
  }

  render() {
    const room = this.currentRoom();
    clear(this.panel).append(
      h('h2', { id: 'mod-title' }, 'Moderator tools'),
      h('h3', {}, 'Alerts'),
      this.alerts.length
        ? h('ul', {}, this.alerts.slice(0, 20).map((a) =>
          h('li', {}, `${a.level || 'alert'} · room ${a.room}` +
            `${a.alias ? ` · ${a.alias}` : ''} · message ${a.message_id || '–'}`)))
        : h('p', {}, 'No alerts.'),
      h('h3', {}, 'Reports'),
      h('button', { type: 'button', class: 'secondary',
        onclick: () => this.send({ action: LIST_REPORTS_ACTION, ref: 'reports' }) },
      'Refresh reports'),
      this.reports.length
        ? h('ul', {}, this.reports.map((r) => h('li', {}, r.ts ? timeEl(r.ts) : null,
          ` ${r.room}: ${r.alias || 'someone'}’s message ${r.message_id}` +
          ` — ${r.reason || 'no reason given'}`)))
        : h('p', {}, 'No open reports.'),
      room ? this.roomControls(room) : h('p', {}, 'Join a room to use room controls.'));
  }

  roomControls(room) {
    const select = h('select', { id: 'mod-slow' },
      SLOW_CHOICES.map((s) => h('option', { value: String(s) }, s ? `${s} seconds` : 'Off')));
    return h('div', { class: 'mod-room' },
      h('h3', {}, 'This room'),
      h('label', { for: 'mod-slow' }, 'Slow mode'), select,
      h('button', { type: 'button', class: 'secondary',
        onclick: () => this.mod('slow', { room, seconds: Number(select.value) }) }, 'Apply slow mode'),
      h('button', { type: 'button', class: 'secondary',
        onclick: () => this.mod('lock', { room }) }, 'Lock room'),
      h('button', { type: 'button', class: 'secondary',
        onclick: () => this.mod('unlock', { room }) }, 'Unlock room'));
  }

  openActions(msg, opener) {
    this.dialog?.remove();
    const act = (op, fields) => () => {
      this.mod(op, { room: msg.room, ...fields });
      dialog.close();
    };
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'mod-dialog-title' },
      h('h2', { id: 'mod-dialog-title' }, `Moderate ${msg.alias}’s message`),
      h('blockquote', { class: 'quote' }, String(msg.text)),
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', onclick: act('delete', { message_id: msg.id }) }, 'Delete message'),
        h('button', { type: 'button', onclick: act('pin', pinFields(msg)) }, 'Pin message'),
        h('button', { type: 'button', onclick: act('mute', { alias: msg.alias, duration_s: MUTE_S }) },
          `Mute for ${MUTE_S / 60} minutes`),
        h('button', { type: 'button', onclick: act('unmute', { alias: msg.alias }) }, 'Unmute'),
        h('button', { type: 'button', onclick: act('kick', { alias: msg.alias }) }, 'Remove from room'),
        h('button', { type: 'button', onclick: act('ban', { alias: msg.alias }) }, 'Ban'),
        h('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, 'Cancel')));
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener.isConnected) opener.focus();
    });
    document.body.append(dialog);
    this.dialog = dialog;
    dialog.showModal();
  }
}

/** Pinning re-posts the message's words as a resource; its first link becomes clickable. */
function pinFields(msg) {
  const text = String(msg.text);
  const url = text.match(FIRST_URL)?.[0];
  return url ? { text, url } : { text };
}
