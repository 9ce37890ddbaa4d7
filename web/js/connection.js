// One WebSocket to Hearth that heals itself: reconnects with capped, jittered backoff, greets
// the server with `hello` (carrying the resume token so the alias is kept) and pings often
// enough to stay under API Gateway's 10-minute idle timeout.

const PING_MS = 5 * 60 * 1000;
const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];

export class Connection {
  /**
   * @param {string} url WebSocket URL.
   * @param {{hello: () => object, onFrame: (f: object) => void,
   *          onState: (state: string, detail?: object) => void}} hooks
   */
  constructor(url, hooks) {
    this.url = url;
    this.hooks = hooks;
    this.socket = null;
    this.attempt = 0;
    this.retryTimer = 0;
    this.pingTimer = 0;
    this.stopped = false;
  }

  /** Open the socket (again); safe to call at any time. */
  connect() {
    window.clearTimeout(this.retryTimer);
    if (this.stopped || this.isOpen() || this.socket?.readyState === WebSocket.CONNECTING) return;
    this.hooks.onState('connecting', { attempt: this.attempt });
    let socket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.socket = socket;
    socket.addEventListener('open', () => this.onOpen(socket));
    socket.addEventListener('message', (event) => this.onMessage(event));
    socket.addEventListener('close', () => this.onClose(socket));
  }

  isOpen() {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Send one frame; returns false (and sends nothing) when the socket is not open. */
  send(frame) {
    if (!this.isOpen()) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  /** The server confirmed our identity: a later drop starts again from the shortest delay. */
  markReady() {
    this.attempt = 0;
  }

  /** Stop for good (for example when the server says this person is banned). */
  stop() {
    this.stopped = true;
    window.clearTimeout(this.retryTimer);
    window.clearInterval(this.pingTimer);
    this.socket?.close();
  }

  onOpen(socket) {
    if (socket !== this.socket) return;
    this.hooks.onState('open');
    this.send(this.hooks.hello());
    window.clearInterval(this.pingTimer);
    this.pingTimer = window.setInterval(() => this.send({ action: 'ping' }), PING_MS);
  }

  onMessage(event) {
    let frame;
    try {
      frame = JSON.parse(event.data);
    } catch {
      return; // not JSON: nothing this page can show
    }
    if (frame && typeof frame === 'object' && typeof frame.type === 'string') {
      this.hooks.onFrame(frame);
    }
  }

  onClose(socket) {
    if (socket !== this.socket) return;
    window.clearInterval(this.pingTimer);
    this.socket = null;
    if (!this.stopped) this.scheduleRetry();
  }

  scheduleRetry() {
    const base = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    const delay = Math.round(base * (0.75 + Math.random() * 0.5)); // jitter spreads a herd
    this.attempt += 1;
    this.hooks.onState('waiting', { delay, attempt: this.attempt });
    this.retryTimer = window.setTimeout(() => this.connect(), delay);
  }
}
