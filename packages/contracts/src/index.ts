/**
 * The HTTP API of shousi as zod schemas: the server validates and serialises with them, the web app
 * parses with them, and the OpenAPI document at /api/docs is generated from them.
 */
export * from './common.js';
export * from './health.js';
export * from './problems.js';
export * from './run.js';
export * from './submissions.js';
