/**
 * The data structures LeetCode preloads for JavaScript and TypeScript, so that solutions written there
 * run here unchanged: @datastructures-js/priority-queue (v6 API: `PriorityQueue`, `MinPriorityQueue`,
 * `MaxPriorityQueue`), @datastructures-js/queue (`Queue`) and @datastructures-js/deque (`Deque`).
 * Written from their documented behaviour (not copied), inside the isolate, with no sort() call so they
 * keep working where a problem bans sorting. Problems that ask for a hand-written heap turn them off.
 */
type Compare<T> = (a: T, b: T) => number;
type CompareValue<T> = (value: T) => number | string;

/** A binary heap: `compare(a, b) <= 0` keeps a before b, like a sort callback. */
class Heap<T> {
  nodes: T[] = [];
  constructor(readonly compare: Compare<T>) {}

  push(value: T): void {
    const a = this.nodes;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.compare(a[p]!, a[i]!) <= 0) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }

  pop(): T | null {
    const a = this.nodes;
    if (a.length === 0) return null;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[m]!, a[l]!) > 0) m = l;
        if (r < a.length && this.compare(a[m]!, a[r]!) > 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/** What the three priority queues share (in the library they are separate classes). */
class HeapQueue<T> {
  protected heap: Heap<T>;

  constructor(compare: Compare<T>, values?: T[]) {
    this.heap = new Heap(compare);
    if (values) for (const v of values) this.heap.push(v);
  }

  size(): number { return this.heap.nodes.length; }
  isEmpty(): boolean { return this.heap.nodes.length === 0; }
  front(): T | null { return this.heap.nodes.length > 0 ? this.heap.nodes[0]! : null; }
  /** An element of the lowest priority (a leaf of the heap). */
  back(): T | null {
    const a = this.heap.nodes;
    if (a.length === 0) return null;
    let worst = a[a.length >> 1]!;
    for (let i = (a.length >> 1) + 1; i < a.length; i++) if (this.heap.compare(a[i]!, worst) > 0) worst = a[i]!;
    return worst;
  }
  enqueue(value: T): this { this.heap.push(value); return this; }
  push(value: T): this { return this.enqueue(value); }
  dequeue(): T | null { return this.heap.pop(); }
  pop(): T | null { return this.dequeue(); }

  remove(cb: (value: T) => boolean): T[] {
    const removed: T[] = [];
    const kept: T[] = [];
    while (!this.isEmpty()) {
      const v = this.pop()!;
      (cb(v) ? removed : kept).push(v);
    }
    for (const v of kept) this.push(v);
    return removed;
  }

  contains(cb: (value: T) => boolean): boolean {
    return this.heap.nodes.some((v) => cb(v));
  }

  /** Every element, highest priority first. */
  toArray(): T[] {
    const copy = new Heap(this.heap.compare);
    copy.nodes = this.heap.nodes.slice();
    const out: T[] = [];
    while (copy.nodes.length > 0) out.push(copy.pop()!);
    return out;
  }

  clear(): void { this.heap.nodes = []; }

  /** Like the library: iterating dequeues. */
  [Symbol.iterator](): Iterator<T> {
    return { next: () => (this.isEmpty() ? { value: undefined, done: true } : { value: this.pop()!, done: false }) };
  }

}

export class PriorityQueue<T> extends HeapQueue<T> {
  constructor(compare: Compare<T>, values?: T[]) {
    if (typeof compare !== 'function') throw new Error('PriorityQueue constructor expects a compare function');
    super(compare, values);
  }
  static fromArray<T>(values: T[], compare: Compare<T>): PriorityQueue<T> {
    return new PriorityQueue(compare, values);
  }
}

/** The order of a min/max queue: by the element itself, by a compare-value callback, or by `{ compare }`. */
function ordered<T>(options: CompareValue<T> | { compare?: Compare<T>; priority?: CompareValue<T> } | undefined, sign: 1 | -1): Compare<T> {
  if (options && typeof options === 'object' && typeof options.compare === 'function') return options.compare;
  const value = typeof options === 'function' ? options : options && typeof options.priority === 'function' ? options.priority : null;
  return (a, b) => {
    const x = value ? value(a) : (a as unknown as number);
    const y = value ? value(b) : (b as unknown as number);
    return x === y ? 0 : (x < y ? -1 : 1) * sign;
  };
}

export class MinPriorityQueue<T = number> extends HeapQueue<T> {
  constructor(options?: CompareValue<T> | { compare?: Compare<T>; priority?: CompareValue<T> }, values?: T[]) {
    super(ordered(options, 1), values);
  }
  static fromArray<T>(values: T[], getCompareValue?: CompareValue<T>): MinPriorityQueue<T> {
    return new MinPriorityQueue(getCompareValue, values);
  }
}

export class MaxPriorityQueue<T = number> extends HeapQueue<T> {
  constructor(options?: CompareValue<T> | { compare?: Compare<T>; priority?: CompareValue<T> }, values?: T[]) {
    super(ordered(options, -1), values);
  }
  static fromArray<T>(values: T[], getCompareValue?: CompareValue<T>): MaxPriorityQueue<T> {
    return new MaxPriorityQueue(getCompareValue, values);
  }
}

/** A FIFO queue with O(1) amortised dequeue. */
export class Queue<T> {
  private items: T[];
  private head = 0;
  constructor(elements: T[] = []) { this.items = elements.slice(); }
  enqueue(element: T): this { this.items.push(element); return this; }
  push(element: T): this { return this.enqueue(element); }
  dequeue(): T | null {
    if (this.head >= this.items.length) return null;
    const v = this.items[this.head++]!;
    if (this.head * 2 >= this.items.length && this.head > 32) { this.items = this.items.slice(this.head); this.head = 0; }
    return v;
  }
  pop(): T | null { return this.dequeue(); }
  front(): T | null { return this.head < this.items.length ? this.items[this.head]! : null; }
  back(): T | null { return this.head < this.items.length ? this.items[this.items.length - 1]! : null; }
  size(): number { return this.items.length - this.head; }
  isEmpty(): boolean { return this.size() === 0; }
  toArray(): T[] { return this.items.slice(this.head); }
  clear(): void { this.items = []; this.head = 0; }
  clone(): Queue<T> { return new Queue(this.toArray()); }
  static fromArray<T>(elements: T[]): Queue<T> { return new Queue(elements); }
}

/** A double-ended queue on a growable ring buffer. */
export class Deque<T> {
  private buf: (T | undefined)[] = new Array(16);
  private start = 0;
  private count = 0;
  constructor(elements: T[] = []) { for (const e of elements) this.pushBack(e); }
  private grow(): void {
    if (this.count < this.buf.length) return;
    const next: (T | undefined)[] = new Array(this.buf.length * 2);
    for (let i = 0; i < this.count; i++) next[i] = this.buf[(this.start + i) % this.buf.length];
    this.buf = next;
    this.start = 0;
  }
  pushFront(element: T): this { this.grow(); this.start = (this.start - 1 + this.buf.length) % this.buf.length; this.buf[this.start] = element; this.count++; return this; }
  pushBack(element: T): this { this.grow(); this.buf[(this.start + this.count) % this.buf.length] = element; this.count++; return this; }
  popFront(): T | null {
    if (this.count === 0) return null;
    const v = this.buf[this.start] as T;
    this.buf[this.start] = undefined;
    this.start = (this.start + 1) % this.buf.length;
    this.count--;
    return v;
  }
  popBack(): T | null {
    if (this.count === 0) return null;
    const i = (this.start + this.count - 1) % this.buf.length;
    const v = this.buf[i] as T;
    this.buf[i] = undefined;
    this.count--;
    return v;
  }
  front(): T | null { return this.count > 0 ? (this.buf[this.start] as T) : null; }
  back(): T | null { return this.count > 0 ? (this.buf[(this.start + this.count - 1) % this.buf.length] as T) : null; }
  size(): number { return this.count; }
  isEmpty(): boolean { return this.count === 0; }
  toArray(): T[] { const out: T[] = []; for (let i = 0; i < this.count; i++) out.push(this.buf[(this.start + i) % this.buf.length] as T); return out; }
  clear(): void { this.buf = new Array(16); this.start = 0; this.count = 0; }
  clone(): Deque<T> { return new Deque(this.toArray()); }
  static fromArray<T>(elements: T[]): Deque<T> { return new Deque(elements); }
}

export const LEETCODE_LIB = { PriorityQueue, MinPriorityQueue, MaxPriorityQueue, Queue, Deque };
