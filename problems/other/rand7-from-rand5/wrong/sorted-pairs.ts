// @verdict WA
// Draws two correct values at a time but hands them out smaller first: uniform values, dependent pairs.
let pending = -1;
function rand7(): number {
  if (pending >= 0) {
    const v = pending;
    pending = -1;
    return v;
  }
  const one = (): number => {
    for (;;) {
      const a = 5 * rand5() + rand5();
      if (a < 21) return a % 7;
    }
  };
  const x = one();
  const y = one();
  pending = Math.max(x, y);
  return Math.min(x, y);
}
