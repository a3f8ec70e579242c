// Imported first by entry.ts: zod decides whether to compile its checks with `new Function` when
// a schema is built (at import), and extension pages forbid eval (MV3 CSP). Same as the popup.
import { z } from 'zod';

z.config({ jitless: true });
