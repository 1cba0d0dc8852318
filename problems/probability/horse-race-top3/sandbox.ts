/**
 * Inside the isolate: turns the hidden speeds of each test into the `race` function the solution gets.
 * The speeds, the race counter and the comparison live in this closure. A race with more than 5 horses,
 * fewer than 1, a horse that is not an integer in [0, 24], a horse twice, or an 8th race is a violation
 * (Wrong Answer); `race` still answers (with the valid horses among the first five) so that the
 * solution runs to its end and the violation, not a crash, decides the verdict.
 *
 * Speeds are never written into an array the solution could observe: results are built from horse
 * numbers only, in array literals (own properties, so a setter planted on Array.prototype sees nothing new).
 */
import { defineSandbox } from '@shousi/problem-kit/sandbox';

// Captured before the user's code runs: it may overwrite them afterwards.
const isArray = Array.isArray;
const isInteger = Number.isInteger;
const StringCtor = String;

const HORSES = 25;
const LANES = 5;
const RACES = 7;

export default defineSandbox({
  prepare(args, ctx) {
    const speeds = args[0] as number[];
    let races = 0;
    const race = function race(horses: number[]): number[] {
      races++;
      if (races === RACES + 1) ctx.violation(`race() was called an ${RACES + 1}th time: at most ${RACES} races are allowed`);
      if (!isArray(horses)) {
        ctx.violation('race() takes an array of horse numbers');
        return [];
      }
      const n = horses.length;
      if (typeof n !== 'number' || n < 1 || n > LANES) {
        ctx.violation(`race() takes 1 to ${LANES} horses (there are ${LANES} lanes), got ${StringCtor(n)}`);
      }
      // The valid, distinct horses among the first five, fastest first (insertion sort on a fixed-size array).
      const ids = [-1, -1, -1, -1, -1];
      let count = 0;
      const limit = n > LANES ? LANES : n;
      for (let i = 0; i < limit; i++) {
        const h: unknown = horses[i];
        if (typeof h !== 'number' || !isInteger(h) || h < 0 || h >= HORSES) {
          ctx.violation(`race(): ${typeof h === 'number' ? StringCtor(h) : `a ${typeof h}`} is not a horse number (an integer in [0, ${HORSES - 1}])`);
          continue;
        }
        let dup = false;
        for (let j = 0; j < count; j++) if (ids[j] === h) dup = true;
        if (dup) {
          ctx.violation(`race(): horse ${h} appears twice in the same race`);
          continue;
        }
        let j = count;
        while (j > 0 && speeds[ids[j - 1]!]! < speeds[h]!) {
          ids[j] = ids[j - 1]!;
          j--;
        }
        ids[j] = h;
        count++;
      }
      switch (count) {
        case 0: return [];
        case 1: return [ids[0]!];
        case 2: return [ids[0]!, ids[1]!];
        case 3: return [ids[0]!, ids[1]!, ids[2]!];
        case 4: return [ids[0]!, ids[1]!, ids[2]!, ids[3]!];
        default: return [ids[0]!, ids[1]!, ids[2]!, ids[3]!, ids[4]!];
      }
    };
    return [race];
  },
});
