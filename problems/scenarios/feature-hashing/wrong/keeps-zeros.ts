// @verdict WA
// Keeps the indices whose values cancelled to 0 instead of leaving them out of the sparse vector.
/** The UTF-8 bytes of a string (valid Unicode: surrogate pairs make one code point). */
function utf8(s: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      // A high surrogate and the low one after it: one code point above U+FFFF.
      cp = 0x10000 + ((cp - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
    }
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return bytes;
}

/** MurmurHash3 x86_32 as an unsigned 32-bit integer. Math.imul keeps the products exact mod 2^32. */
function murmur3(bytes: number[], seed: number): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  const n = bytes.length;
  const blocks = n - (n % 4);
  let h = seed >>> 0;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  // The last 1 to 3 bytes, little-endian.
  let k = 0;
  switch (n & 3) {
    case 3: k ^= bytes[blocks + 2]! << 16; // falls through
    case 2: k ^= bytes[blocks + 1]! << 8; // falls through
    case 1:
      k ^= bytes[blocks]!;
      k = Math.imul(k, c1);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, c2);
      h ^= k;
  }
  // Finalisation mix.
  h ^= n;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashFeatures(features: string[], dim: number): [number, number][] {
  const sums = new Map<number, number>();
  for (const f of features) {
    const h = murmur3(utf8(f), 0) | 0; // the signed 32-bit value, as sklearn uses it
    const index = Math.abs(h) % dim; // |−2^31| = 2^31 is exact in a double
    const sign = h >= 0 ? 1 : -1;
    sums.set(index, (sums.get(index) ?? 0) + sign);
  }
  const out: [number, number][] = [];
  for (const [index, value] of sums) out.push([index, value]);
  out.sort((a, b) => a[0] - b[0]);
  return out;
}
