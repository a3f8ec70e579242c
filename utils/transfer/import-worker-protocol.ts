import { z } from 'zod';
import type { DbErrorCode, ImportResult } from '../db';
import { ImportProblemSchema, MAX_LISTED_PROBLEMS } from '../export/import-problems';

/** The steps of an import, in the order they happen. */
export const IMPORT_PHASES = ['reading', 'checking', 'saving'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

const Count = z.number().int().nonnegative();

const DB_ERROR_CODES = ['quota', 'blocked', 'not-found', 'invalid', 'unknown'] as const;
/** Failures of the import itself rather than of storage. */
export const FAILURE_CODES = ['worker', 'read'] as const;
export type ImportFailureCode = DbErrorCode | (typeof FAILURE_CODES)[number];
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
  z.object({
    kind: z.literal('invalid'),
    /** The first problems of the file, and how many more there are. */
    problems: z.array(ImportProblemSchema).min(1).max(MAX_LISTED_PROBLEMS),
    more: Count,
  }),
  z.object({
    kind: z.literal('failed'),
    /** Why, for the reader: a storage error, the worker itself, or the file could not be read. */
    code: z.enum([...DB_ERROR_CODES, ...FAILURE_CODES]),
    /** What the browser said, for the console only (it is in the browser's language). */
    detail: z.string().max(2000),
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
  Same<(typeof DB_ERROR_CODES)[number], DbErrorCode>,
] = [true, true];
void describesDb;
