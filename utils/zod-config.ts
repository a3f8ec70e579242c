/**
 * Imported first by every extension entry point, and by the page's request checks. zod decides
 * whether to compile its checks with `new Function` when a schema is built (at import time), and
 * extension pages, workers and content scripts forbid eval (MV3 CSP): this must run before any
 * module that defines a schema is evaluated. `zod/mini`'s `config` is zod's own (one core), and
 * keeps full zod out of the page's bundle.
 */
import { config } from 'zod/mini';

config({ jitless: true });
