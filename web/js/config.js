// Where to connect: config.json next to the page ({"websocketUrl": "..."}), written by the
// devserver and by infra; without it, ws(s)://<this host>/ws.

export function defaultWebsocketUrl(location = window.location) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws`;
}

/** Load config.json; any failure falls back to defaults so the page still starts. */
export async function loadConfig() {
  const fallback = { websocketUrl: defaultWebsocketUrl(), helplines: null };
  try {
    const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
    if (!response.ok) return fallback;
    const data = await response.json();
    return {
      websocketUrl: typeof data.websocketUrl === 'string' && data.websocketUrl
        ? data.websocketUrl
        : fallback.websocketUrl,
      helplines: Array.isArray(data.helplines) ? data.helplines : null,
    };
  } catch {
    return fallback;
  }
}
