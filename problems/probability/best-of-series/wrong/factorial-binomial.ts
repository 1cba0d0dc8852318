// @verdict WA
// The binomial sum with C(n, k) = n! / (k! (n − k)!) in floating point: 171! is already Infinity, so long
// series give Infinity / Infinity = NaN.
function seriesWinProbability(p: number, games: number): number {
  const fact = (m: number): number => {
    let f = 1;
    for (let i = 2; i <= m; i++) f *= i;
    return f;
  };
  let sum = 0;
  for (let k = (games + 1) / 2; k <= games; k++) {
    sum += (fact(games) / (fact(k) * fact(games - k))) * Math.pow(p, k) * Math.pow(1 - p, games - k);
  }
  return sum;
}
