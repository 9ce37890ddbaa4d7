// "Get help now": the helplines panel, reachable from the same header button on every screen,
// and opened gently (no focus grab, no alarm) when the server sends a private `support` event.
import { announce, append, clear, h } from './dom.js';

/** Used until the deployment's config.json or a `support` event gives its own list. */
export const DEFAULT_HELPLINES = [
  { name: 'Find a Helpline', country: 'Worldwide', url: 'https://findahelpline.com',
    hours: 'Free, confidential helplines in many countries' },
  { name: '988 Suicide & Crisis Lifeline', country: 'US and Canada', phone: '988', sms: '988',
    hours: '24/7' },
  { name: 'Samaritans', country: 'UK and Ireland', phone: '116 123',
    url: 'https://www.samaritans.org', hours: '24/7' },
  { name: 'Lifeline', country: 'Australia', phone: '13 11 14', sms: '0477 13 11 14',
    url: 'https://www.lifeline.org.au', hours: '24/7' },
];

const SAFE_URL = /^https?:\/\//i;

function dialable(number) {
  return String(number).replace(/[^0-9+]/g, '');
}

/** "988" → "Text 988"; "Text HOME to 741741" → a link that pre-fills HOME for 741741. */
function smsLink(sms) {
  const keyword = /^text\s+(\S+)\s+to\s+([\d\s]+)$/i.exec(sms);
  if (keyword) {
    const body = encodeURIComponent(keyword[1]);
    return h('a', { href: `sms:${dialable(keyword[2])}?&body=${body}` }, sms);
  }
  return h('a', { href: `sms:${dialable(sms)}` }, `Text ${sms}`);
}

function resourceItem(resource) {
  const name = String(resource.name || 'Helpline');
  const where = resource.country ? ` (${resource.country})` : '';
  const ways = [];
  if (resource.phone) {
    ways.push(h('a', { href: `tel:${dialable(resource.phone)}` }, `Call ${resource.phone}`));
  }
  if (resource.sms) ways.push(smsLink(String(resource.sms)));
  if (resource.url && SAFE_URL.test(resource.url)) {
    ways.push(h('a', { href: resource.url, rel: 'noopener noreferrer' }, `Website: ${name}`));
  }
  return h('li', { class: 'helpline' },
    h('strong', {}, name + where),
    resource.hours ? h('span', { class: 'helpline-hours' }, ` · ${resource.hours}`) : null,
    ways.length ? h('span', { class: 'helpline-ways' }, ways) : null);
}

/** A list of helplines (used on the welcome screen and in the help panel). */
export function helplineList(resources) {
  return h('ul', { class: 'helplines' }, resources.map(resourceItem));
}

export function emergencyLine() {
  return h('p', { class: 'emergency' },
    h('strong', {}, 'Hearth is not a crisis service.'),
    ' If you are in danger now, call your local emergency number (for example 911, 112 or 999).');
}

export class HelpPanel {
  constructor({ toggle, panel, helplines }) {
    this.toggle = toggle;
    this.panel = panel;
    this.helplines = helplines?.length ? helplines : DEFAULT_HELPLINES;
    this.supportText = null;
    this.supportResources = null;
    toggle.addEventListener('click', () => (this.isOpen() ? this.close() : this.open()));
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    this.render();
  }

  isOpen() {
    return !this.panel.hidden;
  }

  /** The server's helplines for this person's country (from `welcome.resources`). */
  setHelplines(resources) {
    if (!Array.isArray(resources) || !resources.length) return;
    this.helplines = resources;
    this.render();
  }

  /** Open and move focus to the panel's heading (the person asked for it). */
  open({ focus = true } = {}) {
    this.panel.hidden = false;
    this.toggle.setAttribute('aria-expanded', 'true');
    if (focus) this.panel.querySelector('h2')?.focus();
  }

  close() {
    const hadFocus = this.panel.contains(document.activeElement);
    this.panel.hidden = true;
    this.toggle.setAttribute('aria-expanded', 'false');
    if (hadFocus) this.toggle.focus();
  }

  /** A private `support` event: show its words and resources without taking focus away. */
  showSupport(frame) {
    this.supportText = typeof frame.text === 'string' ? frame.text : null;
    this.supportResources = Array.isArray(frame.resources) && frame.resources.length
      ? frame.resources : null;
    this.render();
    this.open({ focus: false });
    announce('Hearth has shared some support options with you, just below the Get help now button.');
  }

  render() {
    clear(this.panel);
    const resources = this.supportResources || this.helplines;
    append(this.panel, [
      h('h2', { id: 'help-title', tabindex: '-1' }, 'Get help now'),
      this.supportText ? h('p', { class: 'support-text' }, this.supportText) : null,
      emergencyLine(),
      h('p', {}, 'You can also talk to someone at one of these services:'),
      helplineList(resources),
      h('button', { type: 'button', class: 'secondary', onclick: () => this.close() },
        'Close help'),
    ]);
  }
}
