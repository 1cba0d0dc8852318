// @verdict RE
// Uses LeetCode's preloaded MinPriorityQueue: this problem asks for a hand-written heap, so the library queues are withheld (their constructor throws).
function topK(nums: number[], k: number): number[] {
  const pq = new MinPriorityQueue<number>();
  for (const x of nums) {
    pq.enqueue(x);
    if (pq.size() > k) pq.dequeue();
  }
  const out: number[] = [];
  while (pq.size() > 0) out.push(pq.dequeue());
  return out.reverse();
}
