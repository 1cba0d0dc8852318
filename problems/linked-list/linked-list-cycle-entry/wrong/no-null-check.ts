// @verdict RE
// Assumes there is a cycle: fast.next.next is read without checking for the end of the list.
function detectCycle(head: ListNode | null): ListNode | null {
  let slow = head!;
  let fast = head!;
  do {
    slow = slow.next!;
    fast = fast.next!.next!;
  } while (slow !== fast);
  let a = head!;
  while (a !== slow) {
    a = a.next!;
    slow = slow.next!;
  }
  return a;
}
