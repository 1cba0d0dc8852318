// @verdict WA
// Returns the node where the slow and fast pointers meet, which is inside the cycle but usually not its entry.
function detectCycle(head: ListNode | null): ListNode | null {
  let slow = head;
  let fast = head;
  while (fast && fast.next) {
    slow = slow!.next;
    fast = fast.next.next;
    if (slow === fast) return slow;
  }
  return null;
}
