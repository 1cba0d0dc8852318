// @verdict WA
// Marks visited nodes by pointing their next at a sentinel: finds the right node but destroys the list.
function detectCycle(head: ListNode | null): ListNode | null {
  const visited = new ListNode();
  let node = head;
  while (node) {
    if (node.next === visited) return node;
    const next = node.next;
    node.next = visited;
    node = next;
  }
  return null;
}
