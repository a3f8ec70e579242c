import { z } from 'zod';
import type { DbErrorCode, ImportResult } from '../db';

/** The steps of an import, in the order they happen. */
export const IMPORT_PHASES = ['reading', 'checking', 'saving'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

const Count = z.number().int().nonnegative();
const MergeCountsSchema = z.object({ added: Count, updated: Count, kept: Count });

/**
 * How far an import has come. Reading counts bytes of the file, saving counts records;
 * checking has no measure of its own (`total` 0 while it runs).
 */
export const ImportProgressSchema = z.object({
  kind: z.literal('progress'),
  phase: z.enum(IMPORT_PHASES),
  done: Count,
  total: Count,
});
export type ImportProgress = z.infer<typeof ImportProgressSchema>;

/** How an import ended. Only `done` changed the database. */
export const ImportOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('done'),
    result: z.object({
      articles: MergeCountsSchema,
      highlights: MergeCountsSchema,
      links: MergeCountsSchema,
    }),
  }),
  z.object({ kind: z.literal('invalid'), errors: z.array(z.string()) }),
  z.object({
    kind: z.literal('failed'),
    message: z.string(),
    code: z.enum(['quota', 'blocked', 'not-found', 'invalid', 'unknown']).optional(),
  }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/** Everything the import worker says to the popup. */
export const ImportWorkerReplySchema = z.union([ImportProgressSchema, ImportOutcomeSchema]);
export type ImportWorkerReply = z.infer<typeof ImportWorkerReplySchema>;

/** What the popup asks of the import worker: import this file. */
export const ImportRequestSchema = z.object({ file: z.instanceof(Blob) });
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

// The outcome schema describes the database's own result and error codes exactly.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Outcome<K extends ImportOutcome['kind']> = Extract<ImportOutcome, { kind: K }>;
const describesDb: [
  Same<Outcome<'done'>['result'], ImportResult>,
  Same<NonNullable<Outcome<'failed'>['code']>, DbErrorCode>,
] = [true, true];
void describesDb;
