/**
 * Chromium driven over its own DevTools pipe, with nothing but the commands a measurement needs.
 *
 * Why not Playwright here: it enables DevTools' Runtime domain on every page (with it, V8 re-parsed
 * Monaco's chunk for source positions while evaluating it: about 0.2 s on the problem page), and its
 * clicks wait for an element to hold still over animation frames. Both are right for tests and both
 * are time a person's browser never spends: about 0.5 s in all on the problem page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export class BareChromium {
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private nextId = 0;

  private constructor(private readonly process: ChildProcess) {
    let buffered = '';
    (process.stdio[4] as Readable).setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      // Messages on the pipe end with a NUL byte.
      for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
        const reply = JSON.parse(buffered.slice(0, end)) as Reply;
        buffered = buffered.slice(end + 1);
        if (reply.id === undefined) continue; // an event: none is listened to
        this.pending.get(reply.id)?.(reply);
        this.pending.delete(reply.id);
      }
    });
    // A browser that failed to start or died fails what waits on it, rather than leaving it waiting.
    const fail = (why: string) => {
      for (const settle of this.pending.values()) settle({ error: { message: why } });
      this.pending.clear();
    };
    process.on('error', (err) => fail(`Chromium did not start: ${err.message}`));
    process.on('exit', (code, signal) => fail(`Chromium exited (${signal ?? code})`));
  }

  static launch(executable: string, args: string[], userDataDir: string): BareChromium {
    const child = spawn(executable, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${userDataDir}`, ...args, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    return new BareChromium(child);
  }

  send<T = Record<string, unknown>>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.nextId;
    if (this.process.exitCode !== null || this.process.signalCode !== null) return Promise.reject(new Error(`${method}: Chromium has exited`));
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result as T)));
      (this.process.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  /** A new tab, in the given browser context (a fresh, empty profile) or in the default (persistent) one. */
  async open(browserContextId?: string): Promise<BareTab> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', ...(browserContextId ? { browserContextId } : {}) });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const tab = new BareTab(this, targetId, sessionId);
    // A headless tab is in the background until brought forward, and background tabs get no frames.
    await tab.send('Page.bringToFront');
    await tab.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    await tab.send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 1, mobile: false });
    return tab;
  }

  async newContext(): Promise<string> {
    return (await this.send<{ browserContextId: string }>('Target.createBrowserContext')).browserContextId;
  }

  async disposeContext(browserContextId: string): Promise<void> {
    await this.send('Target.disposeBrowserContext', { browserContextId });
  }

  close(): void {
    this.process.kill();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class BareTab {
  constructor(
    private readonly browser: BareChromium,
    private readonly targetId: string,
    private readonly sessionId: string,
  ) {}

  send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    return this.browser.send<T>(method, params, this.sessionId);
  }

  /** The value of an expression in the page (Runtime.evaluate needs no Runtime.enable). */
  async evaluate<T>(expression: string): Promise<T> {
    const { result } = await this.send<{ result: { value: T } }>('Runtime.evaluate', { expression, returnByValue: true });
    return result.value;
  }

  /** Polls an expression until it is truthy, as often as every `everyMs`, for at most `timeoutMs`. */
  async waitFor<T>(expression: string, everyMs = 5, timeoutMs = 30_000): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      // Errors while the page navigates (its context is replaced) are retried.
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      await sleep(everyMs);
    }
    throw new Error(`still false after ${timeoutMs} ms: ${expression}`);
  }

  async click(x: number, y: number): Promise<void> {
    for (const type of ['mousePressed', 'mouseReleased']) await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
  }

  async key(key: string, code: string, keyCode: number, options: { text?: string; ctrl?: boolean } = {}): Promise<void> {
    const modifiers = options.ctrl ? 2 : 0;
    await this.send('Input.dispatchKeyEvent', { type: options.text ? 'keyDown' : 'rawKeyDown', modifiers, key, code, windowsVirtualKeyCode: keyCode, text: options.text, unmodifiedText: options.text });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', modifiers, key, code, windowsVirtualKeyCode: keyCode });
  }

  async close(): Promise<void> {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId });
  }
}
