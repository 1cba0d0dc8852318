// @verdict WA
// Looks only at the first values and puts the list that starts lower in front of the other: wrong when the ranges interleave.
function mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {
  if (!list1) return list2;
  if (!list2) return list1;
  const [first, second] = list1.val <= list2.val ? [list1, list2] : [list2, list1];
  let last = first;
  while (last.next) last = last.next;
  last.next = second;
  return first;
}
