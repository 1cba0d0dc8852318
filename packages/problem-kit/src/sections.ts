/** The outline's sections, in the order the outline lists them. Folder names under problems/. */
export const SECTIONS = {
  array: { zh: '数组', en: 'Arrays' },
  'binary-tree': { zh: '二叉树', en: 'Binary trees' },
  'linked-list': { zh: '链表', en: 'Linked lists' },
  'dfs-bfs': { zh: 'DFS/BFS', en: 'DFS / BFS' },
  sorting: { zh: '排序', en: 'Sorting' },
  dp: { zh: '动态规划', en: 'Dynamic programming' },
  other: { zh: '其他', en: 'Other' },
  'hand-coding': { zh: '手撕代码', en: 'Hand-coding' },
  formulas: { zh: '公式', en: 'Formulas' },
  llm: { zh: '大模型', en: 'LLM' },
  'cv-speech': { zh: '视觉/语音', en: 'Vision / speech' },
  probability: { zh: '数学概率', en: 'Probability' },
  scenarios: { zh: '场景题', en: 'Scenarios' },
} as const;

export type Section = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as [Section, ...Section[]];

/** Tags with their names in both languages; a problem may only use these. */
export const TAGS = {
  array: { zh: '数组', en: 'Array' },
  string: { zh: '字符串', en: 'String' },
  'hash-table': { zh: '哈希表', en: 'Hash table' },
  'binary-search': { zh: '二分查找', en: 'Binary search' },
  'two-pointers': { zh: '双指针', en: 'Two pointers' },
  'sliding-window': { zh: '滑动窗口', en: 'Sliding window' },
  'prefix-sum': { zh: '前缀和', en: 'Prefix sum' },
  sorting: { zh: '排序', en: 'Sorting' },
  heap: { zh: '堆', en: 'Heap' },
  quickselect: { zh: '快速选择', en: 'Quickselect' },
  'divide-and-conquer': { zh: '分治', en: 'Divide and conquer' },
  tree: { zh: '树', en: 'Tree' },
  'binary-tree': { zh: '二叉树', en: 'Binary tree' },
  bst: { zh: '二叉搜索树', en: 'Binary search tree' },
  'linked-list': { zh: '链表', en: 'Linked list' },
  dfs: { zh: '深度优先搜索', en: 'Depth-first search' },
  bfs: { zh: '广度优先搜索', en: 'Breadth-first search' },
  backtracking: { zh: '回溯', en: 'Backtracking' },
  recursion: { zh: '递归', en: 'Recursion' },
  matrix: { zh: '矩阵', en: 'Matrix' },
  'dynamic-programming': { zh: '动态规划', en: 'Dynamic programming' },
  greedy: { zh: '贪心', en: 'Greedy' },
  math: { zh: '数学', en: 'Math' },
  probability: { zh: '概率', en: 'Probability' },
  randomized: { zh: '随机化', en: 'Randomized' },
  'rejection-sampling': { zh: '拒绝采样', en: 'Rejection sampling' },
  design: { zh: '设计', en: 'Design' },
  interactive: { zh: '交互', en: 'Interactive' },
  'bit-manipulation': { zh: '位运算', en: 'Bit manipulation' },
  'counting-sort': { zh: '计数排序', en: 'Counting sort' },
  trie: { zh: '字典树', en: 'Trie' },
  graph: { zh: '图', en: 'Graph' },
  simulation: { zh: '模拟', en: 'Simulation' },
  'machine-learning': { zh: '机器学习', en: 'Machine learning' },
  'deep-learning': { zh: '深度学习', en: 'Deep learning' },
  llm: { zh: '大模型', en: 'LLM' },
  'computer-vision': { zh: '计算机视觉', en: 'Computer vision' },
  speech: { zh: '语音', en: 'Speech' },
  'numerical-stability': { zh: '数值稳定', en: 'Numerical stability' },
  statistics: { zh: '统计', en: 'Statistics' },
  scenario: { zh: '场景题', en: 'Scenario' },
} as const;

export type Tag = keyof typeof TAGS;
export const TAG_IDS = Object.keys(TAGS) as [Tag, ...Tag[]];
