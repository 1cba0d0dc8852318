// @verdict WA
// Cycles 0, 1, …, 6 without ever calling rand5: perfectly even counts, but no randomness (call bound, serial test).
let next = 0;
function rand7(): number {
  const v = next;
  next = (next + 1) % 7;
  return v;
}
