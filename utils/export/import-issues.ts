import type { z } from 'zod';
import {
  ITEM_LISTS,
  PROBLEM_CODES,
  preview,
  type ImportProblem,
  type ItemList,
  type ProblemCode,
  type ProblemPlace,
} from './import-problems';

type Issue = z.core.$ZodIssue;

const isItemList = (key: unknown): key is ItemList =>
  (ITEM_LISTS as readonly unknown[]).includes(key);
const isCode = (value: unknown): value is ProblemCode =>
  (PROBLEM_CODES as readonly unknown[]).includes(value);

/** The item (a related link, a keyword…) and field a path inside one record points at. */
function placeInRecord(path: readonly PropertyKey[]): Pick<ImportProblem, 'item' | 'field'> {
  let item: ImportProblem['item'] = null;
  let field: string | null = null;
  path.forEach((key, i) => {
    const next = path[i + 1];
    if (isItemList(key) && typeof next === 'number') {
      item = { list: key, n: next + 1 };
      field = null;
    } else if (typeof key === 'string') {
      field = key;
    }
  });
  return { item, field };
}

const TYPE_CODES: Record<string, ProblemCode> = {
  string: 'shouldBeText',
  number: 'shouldBeNumber',
  boolean: 'shouldBeBoolean',
  array: 'shouldBeList',
  object: 'shouldBeObject',
};

/** The code of one zod issue and what it needs to be said. */
function codeOf(issue: Issue): { code: ProblemCode; args: (string | number)[] } {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return { code: 'missing', args: [] };
      if (issue.expected === 'int' && typeof input === 'number') {
        return { code: 'notWholeNumber', args: [preview(input)] };
      }
      return { code: TYPE_CODES[issue.expected] ?? 'invalid', args: [] };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'tooLong', args: [Number(issue.maximum)] };
      if (issue.origin === 'array') return { code: 'tooMany', args: [Number(issue.maximum)] };
      return { code: 'invalid', args: [] };
    case 'too_small':
      if (issue.origin === 'string') return { code: 'empty', args: [] };
      return { code: 'tooSmall', args: [Number(issue.minimum)] };
    case 'invalid_format':
      if (issue.format === 'datetime') return { code: 'notTimestamp', args: [preview(input)] };
      if (issue.format === 'regex') return { code: 'notDate', args: [preview(input)] };
      return { code: 'invalid', args: [] };
    case 'custom': {
      const named = (issue.params as { problem?: unknown } | undefined)?.problem;
      const code = isCode(named) ? named : 'invalid';
      return { code, args: code === 'notWebAddress' ? [preview(input)] : [] };
    }
    case 'invalid_value':
      return { code: 'unknownValue', args: [preview(input)] };
    case 'unrecognized_keys':
      return { code: 'unknownField', args: [preview(issue.keys[0] ?? ''), issue.keys.length] };
    default:
      return { code: 'invalid', args: [] };
  }
}

/** One zod issue of the record at `at`, as a problem a reader can act on. */
export function problemFromIssue(issue: Issue, at: ProblemPlace): ImportProblem {
  const { code, args } = codeOf(issue);
  const { item, field } = placeInRecord(issue.path);
  return { at, item, field: code === 'unknownField' ? null : field, code, args };
}
