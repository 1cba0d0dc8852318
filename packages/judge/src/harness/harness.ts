/**
 * The harness: the judge's code inside the isolate. It is bundled with the problem's optional
 * sandbox module into one script that runs before the user's code, captures the intrinsics it needs,
 * installs the globals the problem promises (TreeNode, ListNode, console, interactive APIs), removes
 * what must not be there (WebAssembly, and per problem sort or Math.random), then drives one test at a
 * time: prepare (decode the input), run (the timed call), observe (encode the result as capped JSON).
 *
 * It imports nothing from the host side: only pure modules that the bundler inlines.
 */
import { decodeList, decodeTree, ListNode, type TreeArray, TreeNode } from '@shousi/problem-kit/codecs';
import { createRng, type Rng } from '@shousi/problem-kit/rng';
import type { SandboxContext, SandboxHooks } from '@shousi/problem-kit/sandbox';
import type { Field, OutputCodec } from '@shousi/problem-kit';
import type { HarnessConfig, Observation, ThrownError } from './config.js';
import { LEETCODE_LIB } from './leetcode-lib.js';
import { EncodeError, encodeNumber, encodeValue, formatLogArgs, sliceText, type Budget, Writer } from './encode.js';
import {
  apply, construct, defineProperty, ErrorCtor, jsonParse, jsonStringify, MapCtor, mapForEach, mapGet, mapHas, mapSet, mapSize,
  safeArray, setPrototypeOf, StringCtor, WeakMapCtor, weakMapGet, weakMapHas, weakMapSet,
} from './intrinsics.js';

type Node = { val: unknown; left?: unknown; right?: unknown; next?: unknown };

export interface HarnessApi {
  /** `clock` is the host's high-resolution clock (ms), called synchronously: a bare isolate has none. */
  install(configJson: string, clock: () => number): void;
  load(): string;
  prepare(index: number, inputJson: string): void;
  run(): string;
  observe(): string;
  /**
   * Runs tests one after another inside one call from the host, until they are done, one throws, or
   * `budgetMs` has passed since the batch began (checked before each test, so that each test still
   * gets its whole time limit within the host's timeout). Each test is prepare → timed call → observe,
   * as the separate calls do; without `observing` (a re-timing run, whose results are known) the
   * output is not encoded and the observation is empty. The host reads what happened with
   * `batchResults`, also after its timeout stopped the batch halfway.
   */
  batch(indices: number[], budgetMs: number, observing: boolean, ...inputs: string[]): void;
  batchResults(): string;
}

/** The head line of `batchResults`; then the texts of the finished tests, back to back. */
export interface BatchHeader {
  /** Position in the batch of the test that was running (being decoded, called or encoded), or -1. */
  running: number;
  /** Set when the harness itself failed. */
  error: string;
  /** Per finished test: the call's ms, then the lengths of its thrown-error text and its observation. */
  parts: number[];
}

export function createHarness(hooks: SandboxHooks): HarnessApi {
  const g = globalThis as Record<string, unknown>;
  let config: HarnessConfig;
  let entry: unknown;
  /** Index among the passed arguments of the parameter an in-place problem observes. */
  let observeIndex = -1;
  /** Position of each input field by name. */
  const fieldIndex = new MapCtor<string, number>();
  /** Methods of a design class declared `void`: their results are recorded as null, as LeetCode prints them. */
  const voidMethods = new MapCtor<string, true>();

  // Per-test state, all in closures.
  let rng: Rng = createRng(1);
  let input: unknown[] = [];
  let args: unknown[] = [];
  let result: unknown;
  let violation: string | undefined;
  let stdout = '';
  let stdoutTruncated = false;
  let stdoutTotal = 0;
  /** Every node built from the input, with its index in input order (identity checks). */
  let registry = new MapCtor<unknown, number>();
  /** The links and value every input node had before the call (inputUnchanged). */
  let links = new WeakMapCtor<object, unknown[]>();

  const ctx: SandboxContext = {
    get input() { return input; },
    seed: (n: number) => { rng = createRng(n); },
    random: () => rng.next(),
    violation: (message: string) => { if (violation === undefined) violation = StringCtor(message); },
  };

  const log = (...items: unknown[]): void => {
    const line = formatLogArgs(items) + '\n';
    stdoutTotal += line.length;
    if (stdoutTruncated) return;
    if (stdout.length + line.length > config.stdoutKeep) {
      stdout += sliceText(line, config.stdoutKeep - stdout.length);
      stdoutTruncated = true;
    } else stdout += line;
  };

  const thrown = (e: unknown): ThrownError => {
    // Null prototypes: JSON.stringify must not find a toJSON the user's code planted on Object.prototype.
    const out = setPrototypeOf({ name: 'Error', message: '' }, null) as ThrownError;
    try {
      if (e instanceof ErrorCtor || (typeof e === 'object' && e !== null && 'message' in e)) {
        const err = e as { name?: unknown; message?: unknown; stack?: unknown };
        out.name = sliceText(StringCtor(err.name ?? 'Error'), 200);
        out.message = sliceText(StringCtor(err.message ?? ''), 2000);
        if (typeof err.stack === 'string') out.stack = sliceText(err.stack, 4000);
      } else {
        out.name = 'Uncaught';
        out.message = sliceText(typeof e === 'string' ? e : formatLogArgs([e]), 2000);
      }
    } catch {
      out.message = 'an exception that could not be read';
    }
    return out;
  };

  function register(nodes: Node[]): void {
    for (let i = 0; i < nodes.length; i++) mapSet(registry, nodes[i], mapSize(registry));
  }

  /** Decodes one field; `raw` reads another field of the same input by name, `nodesOf` a decoded tree's nodes. */
  function decodeField(field: Field, value: unknown, raw: (name: string) => unknown, nodesOf: Map<string, Node[]>): unknown {
    const codec = field.codec;
    if (codec === 'json' || codec === 'hidden') return value;
    if (codec === 'tree') {
      const nodes = safeArray<Node>();
      const root = decodeTree(value as TreeArray, (v) => new TreeNode(v), nodes as TreeNode[]);
      register(nodes);
      mapSet(nodesOf, field.name, nodes);
      return root;
    }
    if (codec === 'list') {
      const nodes = safeArray<Node>();
      const head = decodeList(value as number[], (v) => new ListNode(v), nodes as ListNode[]);
      register(nodes);
      return head;
    }
    if (codec.kind === 'list-cycle') {
      const nodes = safeArray<Node>();
      const pos = raw(codec.pos) as number;
      const head = decodeList(value as number[], (v) => new ListNode(v), nodes as ListNode[], pos);
      register(nodes);
      return head;
    }
    // tree-node: the node of another field's tree holding this value.
    const nodes = (mapGet(nodesOf, codec.tree) as Node[] | undefined) ?? safeArray<Node>();
    for (let i = 0; i < nodes.length; i++) if (nodes[i]!.val === value) return nodes[i];
    return null;
  }

  function snapshotLinks(): void {
    links = new WeakMapCtor();
    mapForEach(registry, (_i, node) => {
      const n = node as Node;
      weakMapSet(links, n, [n.left, n.right, n.next, n.val]);
    });
  }

  function checkLinks(): void {
    let index = 0;
    mapForEach(registry, (_i, node) => {
      const n = node as Node;
      const before = weakMapGet(links, n) as unknown[] | undefined;
      if (before && (before[0] !== n.left || before[1] !== n.right || before[2] !== n.next || before[3] !== n.val)) {
        ctx.violation(`the input was modified: node #${index} (val ${encodeNumber(before[3] as number)}) had its value or links changed`);
      }
      index++;
    });
  }

  function encodeNodeRef(v: unknown, w: Writer): void {
    if (v === null || v === undefined) return w.write('null');
    if (typeof v !== 'object') throw new EncodeError('expected a node or null');
    const idx = mapHas(registry, v) ? (mapGet(registry, v) as number) : -1;
    w.write('{"$node":' + idx + ',"val":');
    encodeValue((v as Node).val, w);
    w.write('}');
  }

  function checkReused(node: unknown): void {
    if (config.rules.reuseNodes && !mapHas(registry, node)) {
      ctx.violation(`a node with val ${encodeNumber((node as Node).val as number)} is not one of the input's nodes: relink the given nodes instead of creating new ones`);
    }
  }

  /** Level order with trailing nulls dropped, written as it is walked. */
  function encodeTreeOut(root: unknown, w: Writer): void {
    if (root === null || root === undefined) return w.write('[]');
    const seen = new WeakMapCtor<object, true>();
    const queue = safeArray<unknown>();
    queue[0] = root;
    let pendingNulls = 0;
    w.write('[');
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      if (node === null || node === undefined) { pendingNulls++; continue; }
      if (typeof node !== 'object') throw new EncodeError('a tree link is not a node');
      if (weakMapHas(seen, node)) throw new EncodeError('the returned tree contains a cycle or a shared node');
      weakMapSet(seen, node, true);
      checkReused(node);
      for (; pendingNulls > 0; pendingNulls--) w.write(',null');
      if (head > 0) w.write(',');
      const n = node as Node;
      encodeValue(n.val, w);
      queue[queue.length] = n.left ?? null;
      queue[queue.length] = n.right ?? null;
    }
    w.write(']');
  }

  function encodeListOut(head: unknown, w: Writer): void {
    const seen = new WeakMapCtor<object, true>();
    w.write('[');
    let first = true;
    for (let node = head; node !== null && node !== undefined; node = (node as Node).next) {
      if (typeof node !== 'object') throw new EncodeError('a list link is not a node');
      if (weakMapHas(seen, node)) throw new EncodeError('the returned list contains a cycle');
      weakMapSet(seen, node, true);
      checkReused(node);
      if (!first) w.write(',');
      first = false;
      encodeValue((node as Node).val, w);
    }
    w.write(']');
  }

  function encodeAs(codec: OutputCodec, v: unknown, budget: Budget): string {
    const w = new Writer(budget);
    switch (codec) {
      case 'void': w.write('null'); break;
      case 'tree': encodeTreeOut(v, w); break;
      case 'list': encodeListOut(v, w); break;
      case 'node': encodeNodeRef(v, w); break;
      default: encodeValue(v, w);
    }
    return w.text();
  }

  function callEntry(): unknown {
    const e = config.entry;
    if (hooks.call) return hooks.call(entry as (...a: unknown[]) => unknown, args, ctx);
    if (e.kind === 'function') return apply(entry as (...a: unknown[]) => unknown, undefined, args);
    // Design problems: LeetCode's [operations, arguments], the constructor first.
    const ops = input[0] as string[];
    const opArgs = input[1] as unknown[][];
    const results = safeArray<unknown>();
    const Cls = entry as new (...a: unknown[]) => Record<string, (...a: unknown[]) => unknown>;
    const obj = construct(Cls, opArgs[0] ?? []);
    results[0] = null;
    for (let i = 1; i < ops.length; i++) {
      const method = obj[ops[i]!];
      if (typeof method !== 'function') throw new TypeError(`${e.name}.${ops[i]} is not a function`);
      const r = apply(method, obj, opArgs[i] ?? []);
      results[i] = r === undefined || mapHas(voidMethods, ops[i]) ? null : r;
    }
    return results;
  }

  function prepare(index: number, inputJson: string): void {
    const testInput = jsonParse(inputJson) as unknown[];
    input = testInput;
    violation = undefined;
    result = undefined;
    registry = new MapCtor();
    rng = createRng(index + 1);
    const e = config.entry;
    if (e.kind === 'class') {
      args = safeArray();
    } else {
      const nodesOf = new MapCtor<string, Node[]>();
      const raw = (name: string): unknown => testInput[mapGet(fieldIndex, name) as number];
      const out = safeArray<unknown>();
      for (let i = 0; i < e.params.length; i++) {
        const field = e.params[i]!;
        const value = decodeField(field, testInput[i], raw, nodesOf);
        if (field.codec !== 'hidden') out[out.length] = value;
      }
      args = out;
    }
    if (hooks.prepare) args = hooks.prepare(args, ctx);
    if (config.rules.inputUnchanged) snapshotLinks();
  }

  function run(): string {
    try {
      result = callEntry();
      return '';
    } catch (e) {
      return jsonStringify(thrown(e));
    }
  }

  function observe(): string {
    const obs = setPrototypeOf({ stdout, stdoutTruncated }, null) as Observation;
    try {
      if (config.rules.inputUnchanged) checkLinks();
      const budget = { left: config.outputLimit };
      const e = config.entry;
      if (hooks.observe) obs.out = encodeAs('json', hooks.observe(result, args, ctx), budget);
      else if (e.kind === 'function' && e.observe) obs.out = encodeAs(e.observe.codec, args[observeIndex], budget);
      else if (e.kind === 'function') obs.out = encodeAs(e.returns.codec, result, budget);
      else obs.out = encodeAs('json', result, budget);
    } catch (err) {
      if (err instanceof EncodeError) {
        if (err.overflow) obs.overflow = 'output';
        else obs.encodeError = err.message;
      } else obs.encodeError = 'the output could not be read: ' + thrown(err).message;
    }
    if (stdoutTotal > config.stdoutLimit) obs.overflow = 'stdout';
    if (violation !== undefined) obs.violation = violation;
    stdout = '';
    stdoutTruncated = false;
    // The observation's JSON has no raw newline; the output follows the first one, unescaped and uncopied.
    const out = obs.out;
    delete obs.out;
    return jsonStringify(obs) + (out === undefined ? '' : '\n' + out);
  }

  // The batch in progress: per finished test its time and the lengths of its two texts, the texts
  // themselves, and where the batch stands. All in closures, out of the user's reach.
  let clock: () => number = () => 0;
  let batchParts = safeArray<number>();
  let batchTexts = safeArray<string>();
  let batchRunning = -1;
  let batchError = '';

  async function runBatch(indices: number[], inputs: string[], budgetMs: number, observing: boolean): Promise<void> {
    const start = clock();
    try {
      for (let k = 0; k < indices.length; k++) {
        if (k > 0 && clock() - start >= budgetMs) break;
        batchRunning = k;
        prepare(indices[k]!, inputs[k]!);
        const t0 = clock();
        const threw = run();
        // The microtasks the call queued run now, on its clock, as they would before a separate call returned.
        await undefined;
        const ms = clock() - t0;
        const observation = observing ? observe() : '';
        const n = batchParts.length;
        batchParts[n] = ms;
        batchParts[n + 1] = threw.length;
        batchParts[n + 2] = observation.length;
        batchTexts[batchTexts.length] = threw;
        batchTexts[batchTexts.length] = observation;
        batchRunning = -1;
        if (threw) break;
      }
    } catch (e) {
      // Only the harness's own steps can throw here (the user's call is caught by run).
      batchError = 'the harness failed: ' + thrown(e).message;
    }
  }

  return {
    prepare,
    run,
    observe,

    batch(indices: number[], budgetMs: number, observing: boolean, ...inputs: string[]): void {
      batchParts = safeArray();
      batchTexts = safeArray();
      batchRunning = -1;
      batchError = '';
      // Not awaited: the host's call returns once the microtask queue is empty, that is, with the batch done.
      void runBatch(indices, inputs, budgetMs, observing);
    },

    batchResults(): string {
      // A JSON header, then the texts back to back: outputs are not escaped a second time.
      const header: BatchHeader = setPrototypeOf({ running: batchRunning, error: batchError, parts: batchParts }, null);
      let text = jsonStringify(header) + '\n';
      for (let i = 0; i < batchTexts.length; i++) text += batchTexts[i];
      return text;
    },

    install(configJson: string, hostClock: () => number): void {
      clock = hostClock;
      config = JSON.parse(configJson) as HarnessConfig;
      const e = config.entry;
      if (e.kind === 'function' && e.observe) {
        observeIndex = e.params.filter((p) => p.codec !== 'hidden').findIndex((p) => p.name === e.observe!.param);
      }
      if (e.kind === 'class') for (const m of e.methods) if (m.returns === 'void') mapSet(voidMethods, m.name, true);
      if (e.kind === 'function') e.params.forEach((p, i) => mapSet(fieldIndex, p.name, i));
      const console = { log, info: log, warn: log, error: log, debug: log, trace: log, table: log, dir: log };
      g.console = console;
      g.TreeNode = TreeNode;
      g.ListNode = ListNode;
      for (const name of ['WebAssembly', 'SharedArrayBuffer', 'Atomics']) delete g[name];
      const refuse = (what: string) => function refused(): never {
        throw new ErrorCtor(`${what} is not allowed in this problem`);
      };
      if (config.rules.noSort) {
        const TypedArrayProto = Object.getPrototypeOf(Int8Array.prototype) as object;
        for (const proto of [Array.prototype, TypedArrayProto]) {
          defineProperty(proto, 'sort', { value: refuse('sort()'), writable: false, configurable: false });
          defineProperty(proto, 'toSorted', { value: refuse('toSorted()'), writable: false, configurable: false });
        }
      }
      // LeetCode's preloaded queues; a problem that bans sorting asks for a hand-written heap instead.
      for (const [name, Cls] of Object.entries(LEETCODE_LIB)) {
        g[name] = config.rules.noSort
          ? class Refused { constructor() { throw new ErrorCtor(`${name} is not allowed in this problem: write the data structure yourself`); } }
          : Cls;
      }
      if (config.rules.noMathRandom) {
        defineProperty(Math, 'random', { value: refuse('Math.random()'), writable: false, configurable: false });
      }
      const extra = hooks.globals ? hooks.globals(ctx) : {};
      for (const k in extra) g[k] = extra[k];
    },

    load(): string {
      entry = g.__shousi_entry;
      delete g.__shousi_entry;
      const e = config.entry;
      if (typeof entry !== 'function') {
        return e.kind === 'function'
          ? `no function named ${e.name} was found: define function ${e.name}(…)`
          : `no class named ${e.name} was found: define class ${e.name}`;
      }
      return '';
    }
  };
}
