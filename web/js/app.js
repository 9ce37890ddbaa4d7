// Hearth web client: wires the connection to the screens. No framework, no build step.
import { ChatView } from './chat.js';
import { loadConfig } from './config.js';
import { Connection } from './connection.js';
import { announce, h, srOnly } from './dom.js';
import { DEFAULT_HELPLINES, HelpPanel } from './help.js';
import { ModeratorTools } from './moderator.js';
import { ReportDialog } from './report.js';
import { RoomList } from './rooms.js';
import { session } from './session.js';
import { WelcomeScreen } from './welcome.js';

const SCREENS = { welcome: 'Welcome', rooms: 'Rooms', chat: 'Chat' };

const state = {
  alias: null,
  role: 'member',
  token: session.get('token'),
  accepted: session.get('accepted') === '1',
  credential: null, // memory only, never stored
  screen: 'welcome',
  roomId: null,
  reconnecting: false, // set when a socket dropped; cleared by the next welcome
  configuredHelplines: false, // config.json names helplines: they win over the server's
};

let conn;
let ui;

function send(frame) {
  return conn.send(frame);
}

function helloFrame() {
  const frame = { action: 'hello', ref: 'hello', accept_guidelines: state.accepted };
  if (state.token) frame.token = state.token;
  if (state.credential) frame.credential = state.credential;
  const country = browserCountry();
  if (country) frame.country = country; // only to show this country's helplines first
  const device = deviceId();
  if (device) frame.device = device;
  return frame;
}

/** A random id kept in this browser (not tied to any person) so a moderator's ban outlives a tab. */
function deviceId() {
  try {
    let id = localStorage.getItem('hearth-device');
    if (!id) {
      id = crypto.randomUUID();
      localStorage.setItem('hearth-device', id);
    }
    return id;
  } catch {
    return null; // storage disabled: the server still works without it
  }
}

/** "en-GB" → "GB": the region of the browser's language, if it names one. */
function browserCountry() {
  const region = (navigator.language || '').split('-')[1] || '';
  return /^[A-Za-z]{2}$/.test(region) ? region.toUpperCase() : null;
}

function showScreen(name, { focus = true } = {}) {
  state.screen = name;
  for (const key of Object.keys(SCREENS)) {
    document.getElementById(`screen-${key}`).hidden = key !== name;
  }
  const heading = document.querySelector(`#screen-${name} h1`);
  const title = name === 'chat' ? heading.textContent : SCREENS[name];
  document.title = `${title} — Hearth`;
  if (focus) heading.focus();
}

function onAccept({ credential }) {
  state.accepted = true;
  session.set('accepted', '1');
  if (credential) state.credential = credential;
  // A second hello on the same connection records the acceptance (and any credential).
  if (!send(helloFrame())) announce('Connecting to Hearth… you will continue in a moment.');
}

function onWelcome(frame) {
  state.alias = String(frame.alias);
  state.role = frame.role === 'moderator' ? 'moderator' : 'member';
  if (typeof frame.token === 'string') {
    state.token = frame.token;
    session.set('token', frame.token);
  }
  conn.markReady();
  const identity = document.getElementById('identity');
  identity.textContent = `Your alias: ${state.alias}`;
  identity.hidden = false;
  ui.welcome.showGuidelines(frame.guidelines);
  if (!state.configuredHelplines) ui.help.setHelplines(frame.resources);
  ui.rooms.render(frame.rooms);
  ui.moderator.setRole(state.role);
  setConnectionBanner(null);
  if (state.reconnecting) announce(`Reconnected. You are still ${state.alias}.`);
  state.reconnecting = false;
  if (!state.accepted) return;
  if (state.roomId) send({ action: 'join', room: state.roomId, ref: 'rejoin' });
  else if (state.screen === 'welcome') showScreen('rooms');
}

function onJoined(frame) {
  state.roomId = frame.room;
  ui.chat.open(frame, ui.rooms.find(frame.room));
  if (frame.room_state) ui.chat.roomUpdate(frame.room_state); // pinned resource, lock, slow mode
  if (state.screen !== 'chat') {
    showScreen('chat');
    ui.chat.log.scrollToEnd(); // only a shown log has a height to scroll
  }
  ui.moderator.setRole(state.role);
}

function backToRooms() {
  state.roomId = null;
  ui.chat.close();
  ui.chat.showPinned(null);
  showScreen('rooms');
  ui.moderator.setRole(state.role);
  send({ action: 'list_rooms' });
}

function onError(frame) {
  const text = typeof frame.message === 'string' && frame.message
    ? frame.message : 'Something went wrong. Please try again.';
  if (frame.ref) ui.chat.restore(frame.ref);
  if (frame.ref === 'hello') state.credential = null; // refused credential: continue as a member
  if (frame.code === 'not_in_room' && state.roomId) {
    send({ action: 'join', room: state.roomId, ref: 'rejoin' });
  } else if (frame.ref === 'rejoin' && state.roomId) {
    backToRooms(); // the room we were in is full or closed now
  }
  announce(text, { tone: 'error' });
}

const HANDLERS = {
  welcome: onWelcome,
  rooms: (f) => ui.rooms.render(f.rooms),
  joined: onJoined,
  left: (f) => { if (f.room === state.roomId) backToRooms(); }, // e.g. a moderator's kick
  presence: (f) => ui.chat.presence(f),
  message: (f) => ui.chat.addMessage(f),
  typing: (f) => ui.chat.typing(f),
  deleted: (f) => ui.chat.remove(String(f.message_id)),
  room_update: (f) => ui.chat.roomUpdate(f),
  reported: () => announce('Thank you. Your report was sent to the moderators.'),
  support: (f) => ui.help.showSupport(f),
  error: onError,
  pong: () => {},
};

function onFrame(frame) {
  if (ui.moderator.handle(frame)) return;
  HANDLERS[frame.type]?.(frame);
}

function setConnectionBanner(text) {
  const banner = document.getElementById('connection');
  banner.hidden = !text;
  document.getElementById('connection-text').textContent = text || '';
}

function onState(name, detail = {}) {
  if (name === 'waiting') {
    state.reconnecting = true;
    const seconds = Math.max(1, Math.round(detail.delay / 1000));
    setConnectionBanner(`Connection lost. Trying again in about ${seconds} seconds. ` +
      'Anything you write will be sent when Hearth reconnects.');
    if (detail.attempt === 1) announce('Connection lost. Hearth is reconnecting.');
  } else if (name === 'connecting' && detail.attempt > 0) {
    setConnectionBanner('Reconnecting to Hearth…');
  }
}

function leaveRoom() {
  if (state.roomId) send({ action: 'leave', room: state.roomId, ref: 'leave' });
  backToRooms();
}

function buildUi(config) {
  const helplines = config.helplines || DEFAULT_HELPLINES;
  const moderator = new ModeratorTools({ send, currentRoom: () => state.roomId });
  const report = new ReportDialog({ send });
  // One's own messages can't be reported (the server would only file it against oneself).
  const actionsFor = (msg, { mine } = {}) =>
    [...(mine ? [] : [reportButton(report, msg)]), ...moderator.actionsFor(msg)];
  return {
    help: new HelpPanel({
      toggle: document.getElementById('help-toggle'),
      panel: document.getElementById('help-panel'),
      helplines,
    }),
    welcome: new WelcomeScreen({ helplines, onAccept }),
    rooms: new RoomList({
      onJoin: (room) => send({ action: 'join', room, ref: 'join' }),
      onRefresh: () => send({ action: 'list_rooms' }),
    }),
    chat: new ChatView({ send, identity: () => state.alias, actionsFor }),
    moderator,
  };
}

function reportButton(report, msg) {
  return h('button', { type: 'button', class: 'link-button',
    onclick: (event) => report.open(msg, event.currentTarget) },
  'Report', srOnly(` message from ${msg.alias}`));
}

async function main() {
  const config = await loadConfig();
  state.configuredHelplines = Boolean(config.helplines);
  ui = buildUi(config);
  conn = new Connection(config.websocketUrl, { hello: helloFrame, onFrame, onState });
  document.getElementById('leave-room').addEventListener('click', leaveRoom);
  document.getElementById('reconnect-now').addEventListener('click', () => conn.connect());
  window.addEventListener('online', () => conn.connect());
  conn.connect();
}

main();
