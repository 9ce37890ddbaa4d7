// Room list: name, topic, kind, how many are here, open or closed, and a Join button.
import { clear, h, srOnly } from './dom.js';

const KIND_LABEL = { peer: 'Peer-led', moderated: 'Moderated' };

function roomItem(room, onJoin) {
  const members = Number(room.members) || 0;
  const capacity = Number(room.capacity) || 0;
  const full = capacity > 0 && members >= capacity;
  const open = room.open !== false;
  const headingId = `room-${room.id}-name`;
  const action = open && !full
    ? h('button', { type: 'button', onclick: () => onJoin(room.id) }, 'Join', srOnly(` ${room.name}`))
    : h('p', { class: 'room-unavailable' }, full ? 'Full right now' : 'Closed right now');
  return h('li', { class: 'room' },
    h('h2', { id: headingId }, String(room.name)),
    h('p', { class: 'room-topic' }, String(room.topic || '')),
    h('ul', { class: 'room-facts' },
      h('li', {}, KIND_LABEL[room.kind] || String(room.kind || 'Room')),
      h('li', {}, capacity ? `${members} of ${capacity} here` : `${members} here`),
      h('li', { class: open ? 'is-open' : 'is-closed' }, open ? 'Open' : 'Closed')),
    action);
}

export class RoomList {
  constructor({ onJoin, onRefresh }) {
    this.list = document.getElementById('room-list');
    this.onJoin = onJoin;
    this.rooms = [];
    document.getElementById('refresh-rooms').addEventListener('click', onRefresh);
  }

  render(rooms) {
    this.rooms = Array.isArray(rooms) ? rooms : [];
    clear(this.list);
    if (!this.rooms.length) {
      this.list.append(h('li', {}, 'No rooms are available right now.'));
      return;
    }
    for (const room of this.rooms) this.list.append(roomItem(room, this.onJoin));
  }

  find(roomId) {
    return this.rooms.find((room) => room.id === roomId) || null;
  }
}
