import type { ImportProblem, ItemList, ProblemCode, ProblemPlace } from '../export/import-problems';
import type { MessageKey, Translate } from '../i18n';

/** The words of each problem; `$1` is the field, then the problem's own values. */
const CODE_KEYS: Record<ProblemCode, MessageKey> = {
  tooLarge: 'importTooLarge',
  emptyFile: 'importEmptyFile',
  notJson: 'importNotJson',
  notExport: 'importNotExport',
  newerVersion: 'importNewerVersion',
  missing: 'importMissing',
  shouldBeText: 'importShouldBeText',
  shouldBeNumber: 'importShouldBeNumber',
  shouldBeBoolean: 'importShouldBeBoolean',
  shouldBeList: 'importShouldBeList',
  shouldBeObject: 'importShouldBeObject',
  notWholeNumber: 'importNotWholeNumber',
  tooLong: 'importTooLong',
  tooMany: 'importTooMany',
  empty: 'importEmpty',
  tooSmall: 'importTooSmall',
  notWebAddress: 'importNotWebAddress',
  notDate: 'importNotDate',
  notTimestamp: 'importNotTimestamp',
  inFuture: 'importInFuture',
  unknownValue: 'importUnknownValue',
  unknownField: 'importUnknownField',
  endBeforeStart: 'importEndBeforeStart',
  invalid: 'importInvalid',
  sameArticle: 'importSameArticle',
  sameHighlight: 'importSameHighlight',
  sameLink: 'importSameLink',
};

/** Problems of the whole file: said as a sentence of their own, with no place. */
const FILE_CODES = new Set<ProblemCode>([
  'tooLarge',
  'emptyFile',
  'notJson',
  'notExport',
  'newerVersion',
]);

/** The name of each field of the export file, as the reader knows it. */
const FIELD_KEYS: Record<string, MessageKey> = {
  url: 'importFieldUrl',
  format: 'importFieldFormat',
  title: 'importFieldTitle',
  publishedAt: 'importFieldPublishedAt',
  source: 'importFieldSource',
  summary: 'importFieldSummary',
  keywords: 'importFieldKeywords',
  tags: 'importFieldTags',
  aiGenerated: 'importFieldAiGenerated',
  bodyText: 'importFieldBodyText',
  related: 'importFieldRelated',
  savedAt: 'importFieldSavedAt',
  updatedAt: 'importFieldUpdatedAt',
  note: 'importFieldNote',
  highlights: 'importFieldHighlights',
  id: 'importFieldId',
  text: 'importFieldText',
  color: 'importFieldColor',
  createdAt: 'importFieldCreatedAt',
  selector: 'importFieldSelector',
  exact: 'importFieldExact',
  prefix: 'importFieldPrefix',
  suffix: 'importFieldSuffix',
  start: 'importFieldStart',
  end: 'importFieldEnd',
  fromArticles: 'importFieldFromArticles',
  savedForLater: 'importFieldSavedForLater',
  readAt: 'importFieldReadAt',
  version: 'importFieldVersion',
  exportedAt: 'importFieldExportedAt',
  articles: 'importFieldArticles',
  links: 'importFieldLinks',
};

const ITEM_KEYS: Record<ItemList, MessageKey> = {
  related: 'importAtRelated',
  keywords: 'importAtKeyword',
  tags: 'importAtTag',
  fromArticles: 'importAtFromArticle',
};

export type FormatNumber = (n: number) => string;
const plainNumber: FormatNumber = (n) => String(n);

function placeText(at: ProblemPlace, t: Translate, num: FormatNumber): string {
  switch (at.kind) {
    case 'file':
      return t('importAtFile');
    case 'article':
      return at.title === null
        ? t('importAtArticleNoTitle', num(at.n))
        : t('importAtArticle', [num(at.n), at.title]);
    case 'highlight': {
      const article = placeText({ kind: 'article', n: at.article, title: at.title }, t, num);
      return t('importAtHighlight', [article, num(at.n)]);
    }
    case 'link':
      return at.title === null
        ? t('importAtLinkNoTitle', num(at.n))
        : t('importAtLink', [num(at.n), at.title]);
  }
}

function fieldText(p: ImportProblem, t: Translate): string {
  if (p.field === null) return t('importFieldValue');
  const key = FIELD_KEYS[p.field];
  return key ? t(key) : p.field;
}

function whatText(p: ImportProblem, args: string[], t: Translate, num: FormatNumber): string {
  if (p.code !== 'unknownField') return t(CODE_KEYS[p.code], [fieldText(p, t), ...args]);
  const count = typeof p.args[1] === 'number' ? p.args[1] : 1;
  if (count <= 1) return t('importUnknownField', args[0] ?? '');
  return t('importUnknownFields', [args[0] ?? '', num(count - 1)]);
}

/** One problem of an import, in the reader's language: "Article 18 (“…”): address is not a web address". */
export function problemText(p: ImportProblem, t: Translate, num: FormatNumber = plainNumber) {
  const args = p.args.map((a) => (typeof a === 'number' ? num(a) : a));
  if (FILE_CODES.has(p.code)) {
    if (p.code === 'notJson' && args.length === 2) return t('importNotJsonAt', args);
    return t(CODE_KEYS[p.code], args);
  }
  let where = placeText(p.at, t, num);
  if (p.item) where = t(ITEM_KEYS[p.item.list], [where, num(p.item.n)]);
  return t('importProblemAt', [where, whatText(p, args, t, num)]);
}

/** Every listed problem, one per line, then how many more there are. */
export function problemsText(
  problems: readonly ImportProblem[],
  more: number,
  t: Translate,
  num: FormatNumber = plainNumber,
): string {
  const lines = problems.map((p) => problemText(p, t, num));
  if (more > 0) lines.push(t(more === 1 ? 'importMoreOne' : 'importMore', num(more)));
  return lines.join('\n');
}
