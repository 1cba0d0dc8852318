// @verdict WA
// Loops while cur.next exists, so the last node (the new head) is never linked in: the tail is lost.
function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null;
  let cur = head;
  while (cur && cur.next) {
    const next: ListNode | null = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  return prev ?? head;
}
