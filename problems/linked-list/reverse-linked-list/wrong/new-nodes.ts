// @verdict WA
// Builds a reversed copy with new ListNode objects: the values are right, but the given nodes were not reused.
function reverseList(head: ListNode | null): ListNode | null {
  let out: ListNode | null = null;
  for (let node = head; node; node = node.next) out = new ListNode(node.val, out);
  return out;
}
