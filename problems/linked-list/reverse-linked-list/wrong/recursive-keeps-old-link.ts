// @verdict WA
// Recursive reversal that forgets head.next = null: the old first node still points at the second one, a two-node cycle.
function reverseList(head: ListNode | null): ListNode | null {
  if (!head || !head.next) return head;
  const newHead = reverseList(head.next);
  head.next.next = head;
  return newHead;
}
