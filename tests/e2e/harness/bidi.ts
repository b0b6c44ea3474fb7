// A minimal WebDriver BiDi client over the global WebSocket (Node >= 22): numbered commands with
// promised replies, and event listeners. Enough to drive Firefox without geckodriver.

export type BidiParams = Record<string, unknown>;
type Pending = { resolve: (value: BidiParams) => void; reject: (error: Error) => void };
type EventListener = (params: BidiParams) => void;

interface BidiMessage {
  id?: number;
  type?: 'success' | 'error' | 'event';
  method?: string;
  params?: BidiParams;
  result?: BidiParams;
  error?: string;
  message?: string;
}

export class BidiConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, EventListener[]>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.receive(String(event.data)));
    socket.addEventListener('close', () => this.failAll(new Error('BiDi connection closed')));
  }

  static open(url: string, timeoutMs = 15_000): Promise<BidiConnection> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      const timer = setTimeout(() => reject(new Error(`BiDi: no connection to ${url}`)), timeoutMs);
      socket.addEventListener('open', () => {
        clearTimeout(timer);
        resolve(new BidiConnection(socket));
      });
      socket.addEventListener('error', () => {
        clearTimeout(timer);
        reject(new Error(`BiDi: cannot connect to ${url}`));
      });
    });
  }

  /** Sends a command; rejects with the browser's error, or after `timeoutMs`. */
  send(method: string, params: BidiParams = {}, timeoutMs = 30_000): Promise<BidiParams> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method}: no reply in ${timeoutMs} ms`));
      }, timeoutMs);
      const settle = (fn: () => void): void => {
        clearTimeout(timer);
        fn();
      };
      this.pending.set(id, {
        resolve: (value) => settle(() => resolve(value)),
        reject: (error) => settle(() => reject(error)),
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event: string, listener: EventListener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  close(): void {
    this.socket.close();
  }

  private receive(data: string): void {
    const message = JSON.parse(data) as BidiMessage;
    if (message.type === 'event' && message.method) {
      for (const listener of this.listeners.get(message.method) ?? [])
        listener(message.params ?? {});
      return;
    }
    if (message.id === undefined) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'error') {
      pending.reject(new Error(`BiDi ${message.error}: ${message.message}`));
    } else {
      pending.resolve(message.result ?? {});
    }
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
