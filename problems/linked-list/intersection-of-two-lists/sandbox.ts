/**
 * Inside the isolate: makes the two decoded lists really share their tail, as LeetCode 160's judge does.
 *
 * The input is LeetCode's `[intersectVal, listA, listB, skipA, skipB]`. The harness decodes `listA` and
 * `listB` into two separate lists (their nodes are registered for identity in that order: A's first).
 * With `intersectVal = 0` nothing is shared. Otherwise the node of B just before position `skipB` is
 * relinked to A's node at position `skipA` (or B's head becomes that node when `skipB = 0`), so from
 * there on both lists walk through A's nodes; B's own copy of the shared part is left unreachable.
 * The answer is then A's node at `skipA`, and `node` identity tells it from a node with the same value.
 *
 * This runs before the `inputUnchanged` snapshot, so the spliced structure is what must stay unchanged.
 */
import { defineSandbox } from '@shousi/problem-kit/sandbox';

type Node = { val: number; next: Node | null };

export default defineSandbox({
  prepare(args, ctx) {
    const intersectVal = ctx.input[0] as number;
    if (intersectVal === 0) return args;
    const skipA = ctx.input[3] as number;
    const skipB = ctx.input[4] as number;
    const headA = args[0] as Node;
    let shared = headA;
    for (let k = 0; k < skipA; k++) shared = shared.next!;
    if (skipB === 0) return [headA, shared];
    let before = args[1] as Node;
    for (let k = 1; k < skipB; k++) before = before.next!;
    before.next = shared;
    return args;
  },
});
