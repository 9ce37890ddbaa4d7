// Welcome screen: what Hearth is, the crisis notice with helplines, and the server's guidelines.
import { append, clear, h } from './dom.js';
import { emergencyLine, helplineList } from './help.js';

const URL_ONLY = /^https?:\/\/\S+$/i;
const BULLET = /^\s*(?:[-*•]|\d+[.)])\s+/;

/** Guidelines arrive as plain text (paragraphs, "- " bullets) or as a single URL. */
export function guidelinesNodes(guidelines) {
  const text = String(guidelines || '').trim();
  if (!text) return [h('p', {}, 'Be kind, keep each other anonymous, and look after yourself.')];
  if (URL_ONLY.test(text)) {
    return [h('p', {}, 'Please read ',
      h('a', { href: text, rel: 'noopener noreferrer' }, 'Hearth’s community guidelines'),
      ' before you continue.')];
  }
  return text.split(/\n\s*\n/).map(blockNode);
}

function blockNode(block) {
  const lines = block.split('\n').filter((line) => line.trim());
  if (lines.length && lines.every((line) => BULLET.test(line))) {
    return h('ul', {}, lines.map((line) => h('li', {}, line.replace(BULLET, ''))));
  }
  return h('p', {}, lines.join(' '));
}

export class WelcomeScreen {
  constructor({ helplines, onAccept }) {
    this.form = document.getElementById('accept-form');
    this.credential = document.getElementById('credential');
    append(clear(document.getElementById('crisis-body')), [
      emergencyLine(), helplineList(helplines),
    ]);
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      onAccept({ credential: this.credential.value.trim() || null });
      this.credential.value = ''; // kept in memory by the app, not in the form
    });
  }

  showGuidelines(guidelines) {
    append(clear(document.getElementById('guidelines-body')), guidelinesNodes(guidelines));
  }
}
