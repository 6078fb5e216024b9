// A minimal Language Server Protocol client over stdio (Content-Length framing, JSON-RPC 2.0):
// enough to start yaml-language-server, open a file and collect the diagnostics it publishes.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

export class LspClient {
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (m: Message) => void>();
  private listeners: ((m: Message) => void)[] = [];
  readonly proc: ChildProcessWithoutNullStreams;

  constructor(
    command: string,
    args: string[],
    private config: (section: string) => unknown = () => null,
  ) {
    this.proc = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d: Buffer) => this.read(d));
  }

  private read(chunk: Buffer): void {
    this.buf = Buffer.concat([this.buf, chunk]);
    for (;;) {
      const end = this.buf.indexOf('\r\n\r\n');
      if (end < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(this.buf.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buf.length < end + 4 + len) return;
      const msg = JSON.parse(this.buf.subarray(end + 4, end + 4 + len).toString('utf8')) as Message;
      this.buf = this.buf.subarray(end + 4 + len);
      this.handle(msg);
    }
  }

  private handle(m: Message): void {
    if (m.id !== undefined && m.method === undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
      return;
    }
    // Requests from the server: answer the ones a client must (configuration, registrations).
    if (m.id !== undefined && m.method) {
      const result =
        m.method === 'workspace/configuration'
          ? (m.params as { items: { section?: string }[] }).items.map((i) => this.config(i.section ?? ''))
          : null;
      this.send({ jsonrpc: '2.0', id: m.id, result });
      return;
    }
    for (const l of this.listeners) l(m);
  }

  private send(obj: object): void {
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The first notification `method` whose params satisfy `match`, or a rejection after `ms`. */
  waitFor<T>(method: string, match: (p: T) => boolean, ms = 15_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${method} within ${ms} ms`)), ms);
      const l = (m: Message) => {
        if (m.method === method && match(m.params as T)) {
          clearTimeout(timer);
          this.listeners = this.listeners.filter((x) => x !== l);
          resolve(m.params as T);
        }
      };
      this.listeners.push(l);
    });
  }

  async close(): Promise<void> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } finally {
      setTimeout(() => this.proc.kill(), 500).unref();
    }
  }
}
