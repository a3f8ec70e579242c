import { z } from 'zod';

/*
 * What is wrong with a file, as data: where (1-based, with the article's or link's title), which
 * field, and a code. The words are chosen by the page that shows them, in the reader's language
 * (`utils/transfer/problem-text.ts`); the checks themselves stay free of any language.
 */

/** What can be wrong. */
export const PROBLEM_CODES = [
  // the file as a whole
  'tooLarge',
  'emptyFile',
  'notJson',
  'notExport',
  'newerVersion',
  // one value
  'missing',
  'shouldBeText',
  'shouldBeNumber',
  'shouldBeBoolean',
  'shouldBeList',
  'shouldBeObject',
  'notWholeNumber',
  'tooLong',
  'tooMany',
  'empty',
  'tooSmall',
  'notWebAddress',
  'notDate',
  'notTimestamp',
  'inFuture',
  'unknownValue',
  'unknownField',
  'endBeforeStart',
  'invalid',
  // the same record twice
  'sameArticle',
  'sameHighlight',
  'sameLink',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The lists whose items are named by number inside a record: "related link 3", "keyword 2", "tag 1". */
export const ITEM_LISTS = ['related', 'keywords', 'tags', 'fromArticles'] as const;
export type ItemList = (typeof ITEM_LISTS)[number];

const Position = z.number().int().positive();
const Title = z.string().max(200).nullable();

/** Where a problem is: the file itself, an article, a highlight of an article, or a link. */
export const ProblemPlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file') }),
  z.object({ kind: z.literal('article'), n: Position, title: Title }),
  z.object({
    kind: z.literal('highlight'),
    article: Position,
    title: Title,
    n: Position,
  }),
  z.object({ kind: z.literal('link'), n: Position, title: Title }),
]);
export type ProblemPlace = z.infer<typeof ProblemPlaceSchema>;

export const ImportProblemSchema = z.object({
  at: ProblemPlaceSchema,
  /** An item of a list inside the record (1-based). */
  item: z.object({ list: z.enum(ITEM_LISTS), n: Position }).nullable(),
  /** The field's name in the file (`url`, `updatedAt`, `start`…), or null for the whole entry. */
  field: z.string().max(200).nullable(),
  code: z.enum(PROBLEM_CODES),
  /**
   * What the code needs: the value found (a short preview) for format problems, the limit for
   * `tooLong`/`tooMany`/`tooLarge`, the other entry's number for `same…`.
   */
  args: z.array(z.union([z.string().max(400), z.number()])).max(4),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** How many problems are listed one by one before the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

/** Problems as they are found: the first few kept, all of them counted. */
export interface ProblemSink {
  add(problem: ImportProblem): void;
  readonly listed: ImportProblem[];
  readonly count: number;
}

export function problemSink(limit = MAX_LISTED_PROBLEMS): ProblemSink {
  const listed: ImportProblem[] = [];
  let count = 0;
  return {
    add(problem) {
      count++;
      if (listed.length < limit) listed.push(problem);
    },
    listed,
    get count() {
      return count;
    },
  };
}

export const FILE: ProblemPlace = { kind: 'file' };

/** A problem of the file as a whole. */
export function fileProblem(code: ProblemCode, args: (string | number)[] = []): ImportProblem {
  return { at: FILE, item: null, field: null, code, args };
}

const PREVIEW_CHARS = 60;

/** A short, one-line preview of a value found in the file, or '' for objects and arrays. */
export function preview(value: unknown, max = PREVIEW_CHARS): string {
  if (typeof value === 'string') {
    const flat = value.replace(/\s+/g, ' ');
    const chars = Array.from(flat.slice(0, max * 2 + 2));
    return chars.length > max ? chars.slice(0, max).join('') + '…' : flat;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return '';
}

/** The title of a raw entry of the file, when it has one to name it by. */
export function titleOf(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const title = (raw as { title?: unknown }).title;
  if (typeof title !== 'string' || title.trim() === '') return null;
  return preview(title.trim(), 40);
}
