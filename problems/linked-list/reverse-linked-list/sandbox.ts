/**
 * Inside the isolate: remembers every node of the input list and its value before the call, and after
 * the call reports a violation if any value changed. Together with the `reuseNodes` rule (every node of
 * the answer is a node of the input) this makes "reverse" mean relinking the given nodes, not copying
 * them or rewriting their values.
 *
 * The intrinsics are captured before the user's code runs; the arrays have a null prototype, so a
 * setter planted on Array.prototype cannot intercept the writes.
 */
import { defineSandbox } from '@shousi/problem-kit/sandbox';

const apply = Reflect.apply;
const setPrototypeOf = Object.setPrototypeOf;
const StringCtor = String;

type Node = { val: unknown; next: Node | null };

let nodes: Node[] = [];
let vals: unknown[] = [];

export default defineSandbox({
  prepare(args) {
    nodes = setPrototypeOf([], null) as Node[];
    vals = setPrototypeOf([], null) as unknown[];
    for (let node = args[0] as Node | null; node; node = node.next) {
      nodes[nodes.length] = node;
      vals[vals.length] = node.val;
    }
    return args;
  },

  call(entry, args, ctx) {
    const result = apply(entry, undefined, args);
    for (let i = 0; i < nodes.length; i++) {
      if (nodes[i]!.val !== vals[i]) {
        ctx.violation(
          `node #${i} of the input had its value changed from ${StringCtor(vals[i])} to ${StringCtor(nodes[i]!.val)}: ` +
            'reverse the list by relinking the nodes (their next pointers), not by rewriting values',
        );
        break;
      }
    }
    return result;
  },
});
