// @verdict WA
// Remembers values instead of nodes: the first repeated value is taken for the entry, wrong as soon as values repeat.
function detectCycle(head: ListNode | null): ListNode | null {
  const seen = new Set<number>();
  for (let node = head; node; node = node.next) {
    if (seen.has(node.val)) return node;
    seen.add(node.val);
  }
  return null;
}
