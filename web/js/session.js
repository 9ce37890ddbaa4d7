// What the page remembers for this tab only (sessionStorage): closing the tab forgets the alias.
// The moderator credential is deliberately never stored: it lives in memory only.

const PREFIX = 'hearth.';

function storage() {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage can be blocked (privacy settings): the page still works, just forgets
  }
}

export const session = {
  get(key) {
    return storage()?.getItem(PREFIX + key) ?? null;
  },
  set(key, value) {
    try {
      storage()?.setItem(PREFIX + key, value);
    } catch {
      /* quota or blocked storage: nothing to do, the value is simply not kept */
    }
  },
  remove(key) {
    storage()?.removeItem(PREFIX + key);
  },
};
