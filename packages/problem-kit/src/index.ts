export * from './codecs.js';
export * from './entry.js';
export * from './errors.js';
export * from './loader.js';
export * from './rng.js';
export * from './schema.js';
export * from './sections.js';
export * from './tests.js';
export type { SandboxContext, SandboxHooks } from './sandbox.js';
