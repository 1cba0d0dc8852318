/**
 * Values as they leave the isolate ("wire form"): JSON with tags for what JSON cannot carry.
 * `{"$float": "NaN" | "Infinity" | "-Infinity"}`, `{"$bigint": "…"}`, `{"$node": i, "val": v}` for a
 * node compared by identity, and user keys starting with "$" escaped with one more "$".
 */
export type Wire = null | boolean | number | string | Wire[] | { [k: string]: Wire };

export function isTag(v: Wire, tag: string): v is Record<string, Wire> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && tag in v;
}

/** The number a wire value stands for, or undefined if it is not a number. */
export function wireNumber(v: Wire): number | undefined {
  if (typeof v === 'number') return v;
  if (isTag(v, '$float')) return Number(v.$float);
  return undefined;
}

/** Plain JavaScript values for a problem's own checker: NaN is NaN, escaped keys are restored. */
export function fromWire(v: Wire): unknown {
  if (Array.isArray(v)) return v.map(fromWire);
  if (typeof v !== 'object' || v === null) return v;
  if (isTag(v, '$float')) return Number(v.$float);
  if (isTag(v, '$bigint')) return BigInt((v as Record<string, Wire>).$bigint as string);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, Wire>)) out[k.startsWith('$$') ? k.slice(1) : k] = fromWire(x);
  return out;
}

/** Short, readable text of a value for messages. */
export function show(v: unknown, max = 120): string {
  let s: string;
  try {
    s = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
