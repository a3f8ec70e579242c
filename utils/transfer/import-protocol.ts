import { z } from 'zod';
import type { DbErrorCode, ImportResult } from '../db';
import { ImportProblemSchema, MAX_LISTED_PROBLEMS } from '../export/import-problems';

/** The steps of an import, in the order they happen. */
export const IMPORT_PHASES = ['reading', 'checking', 'saving'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

const Count = z.number().int().nonnegative();

const DB_ERROR_CODES = ['quota', 'blocked', 'not-found', 'invalid', 'unknown'] as const;
/** Failures of the import itself rather than of storage (`worker`: the background's import stopped). */
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
    /** Why, for the reader: a storage error, the background's import, or the file could not be read. */
    code: z.enum([...DB_ERROR_CODES, ...FAILURE_CODES]),
    /** What the browser said, for the console only (it is in the browser's language). */
    detail: z.string().max(2000),
  }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

/** Everything the background's import says to the page that asked for it, on its port. */
export const ImportReplySchema = z.union([ImportProgressSchema, ImportOutcomeSchema]);
export type ImportReply = z.infer<typeof ImportReplySchema>;

/** The name of the port a page opens to have the background import a file it staged. */
export const IMPORT_PORT = 'import';

/** What the page asks on that port: import the file staged under this id (`utils/db/staging.ts`). */
export const ImportStartSchema = z.strictObject({ staged: z.string().min(1).max(100) });
export type ImportStart = z.infer<typeof ImportStartSchema>;

/** The side of a runtime port that the import uses, whichever end holds it. */
export interface ImportPort {
  name: string;
  sender?: { id?: string; url?: string };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

// The outcome schema describes the database's own result and error codes exactly.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Outcome<K extends ImportOutcome['kind']> = Extract<ImportOutcome, { kind: K }>;
const describesDb: [
  Same<Outcome<'done'>['result'], ImportResult>,
  Same<(typeof DB_ERROR_CODES)[number], DbErrorCode>,
] = [true, true];
void describesDb;
