/**
 * MurmurHash3 x86_32 (seed 0) of the UTF-8 bytes of `s`, as a SIGNED 32-bit integer.
 * The bytes are produced on the fly from the code points and mixed in four at a time (little-endian);
 * Math.imul keeps every product exact modulo 2^32.
 */
function murmur3Utf8(s: string): number {
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  let h = 0; // the seed
  let k = 0; // the block being filled
  let filled = 0; // bytes in k
  let length = 0; // bytes in all

  const push = (byte: number): void => {
    k |= byte << (8 * filled);
    length++;
    if (++filled === 4) {
      k = Math.imul(k, c1);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, c2);
      h ^= k;
      h = (h << 13) | (h >>> 19);
      h = (Math.imul(h, 5) + 0xe6546b64) | 0;
      k = 0;
      filled = 0;
    }
  };

  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      // A high surrogate and the low one after it: one code point above U+FFFF (the input is valid Unicode).
      cp = 0x10000 + ((cp - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
    }
    if (cp < 0x80) push(cp);
    else if (cp < 0x800) {
      push(0xc0 | (cp >> 6));
      push(0x80 | (cp & 63));
    } else if (cp < 0x10000) {
      push(0xe0 | (cp >> 12));
      push(0x80 | ((cp >> 6) & 63));
      push(0x80 | (cp & 63));
    } else {
      push(0xf0 | (cp >> 18));
      push(0x80 | ((cp >> 12) & 63));
      push(0x80 | ((cp >> 6) & 63));
      push(0x80 | (cp & 63));
    }
  }
  // The last 1 to 3 bytes.
  if (filled > 0) {
    k = Math.imul(k, c1);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, c2);
    h ^= k;
  }
  // Finalisation mix.
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

function hashFeatures(features: string[], dim: number): [number, number][] {
  const sums = new Map<number, number>();
  for (const f of features) {
    const h = murmur3Utf8(f); // signed, as sklearn's murmurhash3_32(..., positive=False)
    const index = Math.abs(h) % dim; // |−2^31| = 2^31 is exact in a double
    const sign = h >= 0 ? 1 : -1;
    sums.set(index, (sums.get(index) ?? 0) + sign);
  }
  const out: [number, number][] = [];
  for (const [index, value] of sums) if (value !== 0) out.push([index, value]);
  out.sort((a, b) => a[0] - b[0]);
  return out;
}
