/**
 * The contract between the judge's harness and a problem's optional `sandbox.ts`, the module that runs
 * INSIDE the isolate beside the user's code (interactive APIs with call budgets, injected random
 * sources, custom drivers). Types only: a sandbox module imports nothing at run time, because the
 * isolate has no host to import from.
 *
 * Everything a hook keeps (counters, the hidden array behind an interactive API) must live in
 * closures, never in properties the user's code could reach and rewrite.
 */
export interface SandboxContext {
  /** The raw test input, as the JSON array of encoded fields. */
  readonly input: readonly unknown[];
  /** Reseeds the injected generator (xoshiro128**); the harness seeds it from the test index first. */
  seed(n: number): void;
  /** A float in [0, 1) from the injected generator. */
  random(): number;
  /**
   * Records that the solution broke a rule of the problem (a call budget, an invalid call). The first
   * violation of a test makes it Wrong Answer with this message, whatever the output.
   */
  violation(message: string): void;
}

// The entry point as the harness found it in the user's code.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Entry = (...args: any[]) => unknown;

export interface SandboxHooks {
  /** Globals installed before the user's code runs: interactive API classes, rand5, … */
  globals?(ctx: SandboxContext): Record<string, unknown>;
  /** Turns the decoded arguments of one test into the arguments actually passed. */
  prepare?(args: unknown[], ctx: SandboxContext): unknown[];
  /** Calls the entry point. Default: `entry(...args)`. Its time is the runtime. */
  call?(entry: Entry, args: unknown[], ctx: SandboxContext): unknown;
  /** Turns the result into the value compared with the reference's. Default: the return value. */
  observe?(result: unknown, args: unknown[], ctx: SandboxContext): unknown;
}

export const defineSandbox = (hooks: SandboxHooks): SandboxHooks => hooks;
