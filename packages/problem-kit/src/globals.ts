/**
 * The ambient declarations every solution sees, identical for the editor (Monaco's addExtraLib) and the
 * judge's type checker, so that code without red squiggles is code that compiles. TreeNode and ListNode
 * are LeetCode's classes, exactly as its comments show them; a solution may still declare its own (each
 * solution is checked as a module, so its own class simply shadows these).
 */
export const JUDGE_GLOBALS_DTS = `
declare class TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
  constructor(val?: number, left?: TreeNode | null, right?: TreeNode | null);
}
declare class ListNode {
  val: number;
  next: ListNode | null;
  constructor(val?: number, next?: ListNode | null);
}
interface Console {
  log(...data: any[]): void;
  info(...data: any[]): void;
  warn(...data: any[]): void;
  error(...data: any[]): void;
  debug(...data: any[]): void;
  trace(...data: any[]): void;
  table(...data: any[]): void;
  dir(...data: any[]): void;
}
declare var console: Console;

// LeetCode's preloaded @datastructures-js queues (priority-queue v6, queue, deque).
type ICompare<T> = (a: T, b: T) => number;
type IGetCompareValue<T> = (value: T) => number | string;
interface IPriorityQueue<T> extends Iterable<T> {
  size(): number;
  isEmpty(): boolean;
  front(): T | null;
  back(): T | null;
  enqueue(value: T): this;
  push(value: T): this;
  dequeue(): T | null;
  pop(): T | null;
  remove(cb: (value: T) => boolean): T[];
  contains(cb: (value: T) => boolean): boolean;
  toArray(): T[];
  clear(): void;
}
declare class PriorityQueue<T> {
  constructor(compare: ICompare<T>, values?: T[]);
  static fromArray<T>(values: T[], compare: ICompare<T>): PriorityQueue<T>;
}
interface PriorityQueue<T> extends IPriorityQueue<T> {}
declare class MinPriorityQueue<T = number> {
  constructor(options?: IGetCompareValue<T> | { compare: ICompare<T> }, values?: T[]);
  static fromArray<T>(values: T[], getCompareValue?: IGetCompareValue<T>): MinPriorityQueue<T>;
}
interface MinPriorityQueue<T = number> extends IPriorityQueue<T> {}
declare class MaxPriorityQueue<T = number> {
  constructor(options?: IGetCompareValue<T> | { compare: ICompare<T> }, values?: T[]);
  static fromArray<T>(values: T[], getCompareValue?: IGetCompareValue<T>): MaxPriorityQueue<T>;
}
interface MaxPriorityQueue<T = number> extends IPriorityQueue<T> {}
declare class Queue<T> {
  constructor(elements?: T[]);
  enqueue(element: T): this;
  push(element: T): this;
  dequeue(): T | null;
  pop(): T | null;
  front(): T | null;
  back(): T | null;
  size(): number;
  isEmpty(): boolean;
  toArray(): T[];
  clear(): void;
  clone(): Queue<T>;
  static fromArray<T>(elements: T[]): Queue<T>;
}
declare class Deque<T> {
  constructor(elements?: T[]);
  pushFront(element: T): this;
  pushBack(element: T): this;
  popFront(): T | null;
  popBack(): T | null;
  front(): T | null;
  back(): T | null;
  size(): number;
  isEmpty(): boolean;
  toArray(): T[];
  clear(): void;
  clone(): Deque<T>;
  static fromArray<T>(elements: T[]): Deque<T>;
}
`;

/** The globals of one problem: the shared ones plus the problem's interactive APIs. */
export const globalsFor = (declarations: string): string => `${JUDGE_GLOBALS_DTS}\n${declarations}\n`;

/**
 * TypeScript options of the checker, and of the editor. LeetCode's TypeScript flags (alwaysStrict,
 * strictBindCallApply, strictFunctionTypes; not strict null checks, not noImplicitAny), so a solution
 * that compiles on LeetCode compiles here unchanged. lib ES2023 is what Node 20's V8 implements.
 */
export const COMPILER_OPTIONS = {
  target: 'ES2022',
  lib: ['ES2023'],
  alwaysStrict: true,
  strictBindCallApply: true,
  strictFunctionTypes: true,
  noEmit: true,
  moduleDetection: 'force',
} as const;
