/** The key of each letter a..z on a phone keypad, minus 2 (so 0..7): abc def ghi jkl mno pqrs tuv wxyz. */
const KEY_OF_LETTER = [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7];
/** The largest `limit` a query may ask for. */
const MAX_LIMIT = 20;

class T9Index {
  private readonly words: string[];
  /** child[8·node + d]: the child of `node` for digit d + 2 (0 = none; the root is node 0 and never a child). */
  private readonly child: Int32Array;
  /**
   * The best min(MAX_LIMIT, words below) word ids of every node, best first, in one pool:
   * node v owns pool[start[v] .. start[v] + size[v]).
   */
  private readonly start: Int32Array;
  private readonly size: Int32Array;
  private readonly pool: Int32Array;

  constructor(words: string[], freqs: number[]) {
    this.words = words;
    /** a ranks before b: higher frequency, or equal frequency and smaller word. */
    const better = (a: number, b: number): boolean => freqs[a]! > freqs[b]! || (freqs[a] === freqs[b] && words[a]! < words[b]!);

    let letters = 1;
    for (const w of words) letters += w.length;
    const child = new Int32Array(8 * letters);
    const below = new Int32Array(letters); // how many words pass through each node
    let nodes = 1;
    // Pass 1: build the trie over the keys and count the words below every node.
    for (const w of words) {
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        const slot = 8 * node + KEY_OF_LETTER[w.charCodeAt(i) - 97]!;
        if (child[slot] === 0) child[slot] = nodes++;
        node = child[slot]!;
        below[node]!++;
      }
    }
    // Every node gets room for its best min(MAX_LIMIT, below) words.
    const start = new Int32Array(nodes);
    const size = new Int32Array(nodes);
    let total = 0;
    for (let v = 1; v < nodes; v++) {
      start[v] = total;
      total += Math.min(MAX_LIMIT, below[v]!);
    }
    const pool = new Int32Array(total);
    // Pass 2: offer every word to the nodes on its path. Each node keeps a sorted list of bounded length
    // (insertion sort; a word worse than a full list's last entry is rejected at once).
    for (let id = 0; id < words.length; id++) {
      const w = words[id]!;
      let node = 0;
      for (let i = 0; i < w.length; i++) {
        node = child[8 * node + KEY_OF_LETTER[w.charCodeAt(i) - 97]!]!;
        const s = start[node]!;
        let n = size[node]!;
        if (n === Math.min(MAX_LIMIT, below[node]!)) {
          if (!better(id, pool[s + n - 1]!)) continue;
          n--; // the last entry drops out
        } else size[node] = n + 1;
        let j = n;
        for (; j > 0 && better(id, pool[s + j - 1]!); j--) pool[s + j] = pool[s + j - 1]!;
        pool[s + j] = id;
      }
    }
    this.child = child;
    this.start = start;
    this.size = size;
    this.pool = pool;
  }

  query(digits: string, limit: number): string[] {
    let node = 0;
    for (let i = 0; i < digits.length; i++) {
      node = this.child[8 * node + digits.charCodeAt(i) - 50]!; // '2' is char code 50
      if (node === 0) return [];
    }
    const count = Math.min(limit, this.size[node]!);
    const out = new Array<string>(count);
    for (let j = 0; j < count; j++) out[j] = this.words[this.pool[this.start[node]! + j]!]!;
    return out;
  }
}
