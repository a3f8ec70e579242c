/**
 * Imported first by every extension entry point. zod decides whether to compile its checks with
 * `new Function` when a schema is built (at import time), and extension pages and workers forbid
 * eval (MV3 CSP): this must run before any module that defines a schema is evaluated.
 */
import { z } from 'zod';

z.config({ jitless: true });
