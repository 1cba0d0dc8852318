/**
 * A counting semaphore: at most `size` holders at once, the rest wait in arrival order. A judge
 * worker takes one submission more from the queue than it has sandboxes, and the extra one waits
 * here, already fetched and marked running, so that a sandbox starts its next judgement as soon as it
 * is free instead of waiting on Redis and the database in between.
 */
export class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = Math.max(1, size);
  }

  /** Resolves with the function that gives the slot back (call it exactly once). */
  async acquire(): Promise<() => void> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so a newcomer cannot overtake it.
      if (next) next();
      else this.free++;
    };
  }
}
