export { Judge, MAX_CODE_BYTES, type AnsweredTest, type JudgeOptions } from './judge.js';
export * from './result.js';
export * from './errors.js';
export { makeChecker, exact, float, unordered, fromWire, show, type Wire } from './checkers/index.js';
export { SandboxPool } from './sandbox/pool.js';
export { buildWorkerScript, bundleHarness } from './bundle.js';
