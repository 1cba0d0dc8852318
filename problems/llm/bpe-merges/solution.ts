function bpeTrain(words: string[], numMerges: number): [string, string][] {
  // Distinct words with their counts: the work depends on the vocabulary, not the corpus size.
  const freq = new Map<string, number>();
  for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);

  // Symbols as integer ids. Every merge creates at most one new symbol, so there are at most
  // (distinct letters + numMerges) of them, and a pair (a, b) fits in a flat table at index a·S + b.
  const idOf = new Map<string, number>();
  const text: string[] = [];
  const sym = (s: string): number => {
    let id = idOf.get(s);
    if (id === undefined) {
      id = text.length;
      idOf.set(s, id);
      text.push(s);
    }
    return id;
  };
  const segs: number[][] = [];
  const mult: number[] = [];
  for (const [w, c] of freq) {
    segs.push(Array.from(w, sym));
    mult.push(c);
  }
  const S = text.length + numMerges;
  const count = new Float64Array(S * S); // current count of every pair
  const where: (number[] | undefined)[] = new Array(S * S); // words that may contain the pair (may be stale)

  // A max-heap of (count, pair) entries with lazy updates. Invariant: every pair with a positive count
  // has an entry whose count is at least the current one. An entry is valid when its count equals the
  // current count; a popped entry with a higher (stale) count is pushed back with the current count.
  // So only increases need a push, and most updates (decreases) cost nothing.
  const heap = new PairHeap((x, y) => {
    if (x.count !== y.count) return x.count > y.count; // more frequent first
    const xa = text[x.a]!, ya = text[y.a]!;
    if (xa !== ya) return xa < ya; // then the lexicographically smaller first symbol
    return text[x.b]! < text[y.b]!; // then the smaller second symbol
  });
  const touched: number[] = [];
  const isTouched = new Uint8Array(S * S);
  const before = new Float64Array(S * S); // count of a touched pair before this round of updates
  const addPairs = (wi: number, sign: number): void => {
    const s = segs[wi]!;
    for (let i = 0; i + 1 < s.length; i++) {
      const key = s[i]! * S + s[i + 1]!;
      if (!isTouched[key]) {
        isTouched[key] = 1;
        before[key] = count[key]!;
        touched.push(key);
      }
      count[key] += sign * mult[wi]!;
      if (sign > 0) (where[key] ??= []).push(wi);
    }
  };
  const pushTouched = (): void => {
    for (const key of touched) {
      isTouched[key] = 0;
      if (count[key]! > before[key]!) heap.push({ count: count[key]!, a: Math.floor(key / S), b: key % S });
    }
    touched.length = 0;
  };
  for (let wi = 0; wi < segs.length; wi++) addPairs(wi, +1);
  pushTouched();

  const merges: [string, string][] = [];
  while (merges.length < numMerges) {
    // The best pair whose entry is still current; none left means every word is a single symbol.
    let top = heap.pop();
    while (top && count[top.a * S + top.b] !== top.count) {
      const current = count[top.a * S + top.b]!;
      if (current > 0) heap.push({ count: current, a: top.a, b: top.b }); // stale: re-queue at its real count
      top = heap.pop();
    }
    if (!top) break;
    const { a, b } = top;
    const key = a * S + b;
    merges.push([text[a]!, text[b]!]);
    const merged = sym(text[a]! + text[b]!);
    // Re-segment only the words that contain the pair: remove their old pairs, merge, add the new pairs.
    const list = where[key] ?? [];
    where[key] = undefined;
    for (const wi of list) {
      const s = segs[wi]!;
      let has = false;
      for (let i = 0; i + 1 < s.length && !has; i++) has = s[i] === a && s[i + 1] === b;
      if (!has) continue; // stale entry, or a duplicate already handled
      addPairs(wi, -1);
      const out: number[] = [];
      for (let i = 0; i < s.length; i++) {
        // Left to right, non-overlapping: "a a a" with (a, a) becomes "aa a".
        if (i + 1 < s.length && s[i] === a && s[i + 1] === b) {
          out.push(merged);
          i++;
        } else out.push(s[i]!);
      }
      segs[wi] = out;
      addPairs(wi, +1);
    }
    pushTouched();
  }
  return merges;
}

interface PairEntry {
  count: number;
  a: number;
  b: number;
}

/** A binary heap; `before(x, y)` is true when x must come out before y. */
class PairHeap {
  private items: PairEntry[] = [];
  constructor(private before: (x: PairEntry, y: PairEntry) => boolean) {}
  push(e: PairEntry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): PairEntry | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.before(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}
