function rand7(): number {
  for (;;) {
    // Two rolls: a uniform integer in [0, 25). Keep the 21 = 3·7 smallest.
    const a = 5 * rand5() + rand5();
    if (a < 21) return a % 7;
    // Rejected: a − 21 is uniform in [0, 4). Reuse it with one more roll: uniform in [0, 20).
    const b = 5 * (a - 21) + rand5();
    if (b < 14) return b % 7;
    // Rejected: b − 14 is uniform in [0, 6). One more roll: uniform in [0, 30).
    const c = 5 * (b - 14) + rand5();
    if (c < 28) return c % 7;
    // c − 28 is uniform in [0, 2): too little left to be worth keeping; start again.
  }
}
