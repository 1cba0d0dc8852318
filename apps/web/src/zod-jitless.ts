/**
 * Imported first: zod otherwise probes `new Function('')` to decide whether to compile its object
 * parsers, and under the page's Content-Security-Policy (no 'unsafe-eval') that probe is reported as
 * a policy violation on every page load, with its console error and the cost of capturing its stack.
 */
import { config } from 'zod';

config({ jitless: true });
