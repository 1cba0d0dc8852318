// @verdict TLE
// A digit trie that stores words only at their end node: every query collects and sorts the whole subtree,
// about 10^4 words for a one-digit prefix, however small the limit.
const DIGIT = '22233344455566677778889999';

interface TrieNode {
  next: Map<string, TrieNode>;
  ids: number[];
}

class T9Index {
  private readonly root: TrieNode = { next: new Map(), ids: [] };
  constructor(private readonly words: string[], private readonly freqs: number[]) {
    words.forEach((w, id) => {
      let node = this.root;
      for (const c of w) {
        const d = DIGIT[c.charCodeAt(0) - 97]!;
        let nxt = node.next.get(d);
        if (!nxt) {
          nxt = { next: new Map(), ids: [] };
          node.next.set(d, nxt);
        }
        node = nxt;
      }
      node.ids.push(id);
    });
  }

  query(digits: string, limit: number): string[] {
    let node: TrieNode | undefined = this.root;
    for (const d of digits) {
      node = node.next.get(d);
      if (!node) return [];
    }
    const hits: number[] = [];
    const stack = [node];
    while (stack.length) {
      const cur = stack.pop()!;
      hits.push(...cur.ids);
      for (const nxt of cur.next.values()) stack.push(nxt);
    }
    hits.sort((a, b) => this.freqs[b]! - this.freqs[a]! || (this.words[a]! < this.words[b]! ? -1 : 1));
    return hits.slice(0, limit).map((i) => this.words[i]!);
  }
}
