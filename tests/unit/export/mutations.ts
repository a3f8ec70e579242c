import fc from 'fast-check';
import { serializeExport } from '../../../utils/export';
import { validExportFile } from './arbitraries';

/*
 * Export files broken in a single way that import must refuse: a required key deleted, a wrong
 * type, an unsafe URL, a bad date, truncated JSON, a foreign format or newer version, duplicates,
 * unknown keys, impossible selectors, unknown colors, values over their limits, a non-object.
 */

type Json = Record<string, unknown>;
type Site = { holder: Json | unknown[]; key: string | number };

const BAD_URLS = [
  'javascript:alert(1)',
  ' javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.com/x',
  'chrome-extension://abcdef/popup.html',
  'mailto:reader@example.com',
  '/relative/path',
  'http//missing-colon.example.com',
  '',
  'https://' + 'a'.repeat(5000) + '.example.com',
];
const BAD_TIMESTAMPS = [
  'yesterday',
  '2024-01-01',
  '2024-02-30T00:00:00Z',
  '2024-13-01T00:00:00.000Z',
  '2024-01-01T00:00:00+01:00',
  '2024-01-01 00:00:00Z',
  '1717228800000',
  '',
];
const BAD_DATES = ['yesterday', '2024/01/02', '20240102', '2024-1-2', '2024-01-02T10', '', '明天'];
const EXTRA_KEYS = ['extra', 'articleUrl', 'id2', 'constructor', 'toString', '__proto__', '大模型'];

const objects = (f: Json): Json[] => {
  const articles = f.articles as Json[];
  const links = f.links as Json[];
  return [
    f,
    ...articles,
    ...articles.flatMap((a) => a.related as Json[]),
    ...articles.flatMap((a) => a.highlights as Json[]),
    ...articles.flatMap((a) => (a.highlights as Json[]).map((h) => h.selector as Json)),
    ...links,
  ];
};
const fieldsOf = (obj: Json, keys: string[]): Site[] =>
  keys.filter((k) => k in obj).map((key) => ({ holder: obj, key }));
const arrayItems = (arr: unknown[]): Site[] => arr.map((_, key) => ({ holder: arr, key }));

function sites(f: Json, keys: string[]): Site[] {
  return objects(f).flatMap((o) => fieldsOf(o, keys));
}

function allFields(f: Json): Site[] {
  const articles = f.articles as Json[];
  const links = f.links as Json[];
  return [
    ...objects(f).flatMap((o) => fieldsOf(o, Object.keys(o))),
    ...articles.flatMap((a) => arrayItems(a.keywords as unknown[])),
    ...links.flatMap((l) => arrayItems(l.fromArticles as unknown[])),
  ];
}

function setAt(site: Site, value: unknown): void {
  (site.holder as Record<string | number, unknown>)[site.key] = value;
}

const at = <T>(xs: readonly T[], n: number): T => xs[n % xs.length] as T;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const isPlainObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
const textOf = (f: Json) => JSON.stringify(f, null, 2) + '\n';

type Mutate = (f: Json, n: number[]) => string;

const MUTATIONS: Record<string, Mutate> = {
  deleteKey: (f, [a = 0, b = 0]) => {
    const obj = at(objects(f), a);
    delete obj[at(Object.keys(obj), b)];
    return textOf(f);
  },
  wrongType: (f, [a = 0]) => {
    const site = at(allFields(f), a);
    const old = (site.holder as Record<string | number, unknown>)[site.key];
    setAt(site, isPlainObject(old) ? 42 : {});
    return textOf(f);
  },
  unsafeUrl: (f, [a = 0, b = 0]) => {
    const links = f.links as Json[];
    const urlSites = [
      ...sites(f, ['url']),
      ...links.flatMap((l) => arrayItems(l.fromArticles as unknown[])),
    ];
    setAt(at(urlSites, a), at(BAD_URLS, b));
    return textOf(f);
  },
  badTimestamp: (f, [a = 0, b = 0]) => {
    setAt(
      at(sites(f, ['exportedAt', 'savedAt', 'updatedAt', 'createdAt', 'readAt']), a),
      at(BAD_TIMESTAMPS, b),
    );
    return textOf(f);
  },
  badDate: (f, [a = 0, b = 0]) => {
    setAt(at(sites(f, ['publishedAt']), a), at(BAD_DATES, b));
    return textOf(f);
  },
  truncated: (f, [a = 0]) => {
    const full = textOf(f);
    return full.slice(0, a % full.lastIndexOf('}'));
  },
  foreignFormat: (f, [a = 0]) => {
    f.format = at(['ai-news-annotator-v2', 'hypothesis', 'AI-NEWS-ANNOTATOR', '', null, 1], a);
    return textOf(f);
  },
  otherVersion: (f, [a = 0]) => {
    f.version = at([4, 5, 99, 0, -1, 1.5, '1', null, true], a);
    return textOf(f);
  },
  duplicate: (f, [a = 0, b = 0, c = 0]) => {
    const articles = f.articles as Json[];
    const links = f.links as Json[];
    const highlights = articles.flatMap((x) => x.highlights as Json[]);
    if (a % 3 === 0) articles.push(clone(at(articles, b)));
    else if (a % 3 === 1) links.push(clone(at(links, b)));
    else (at(articles, c).highlights as Json[]).push(clone(at(highlights, b)));
    return textOf(f);
  },
  unknownKey: (f, [a = 0, b = 0]) => {
    Object.defineProperty(at(objects(f), a), at(EXTRA_KEYS, b), {
      value: 'surprise',
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return textOf(f);
  },
  impossibleSelector: (f, [a = 0, b = 0]) => {
    const s = at(sites(f, ['selector']), a);
    const sel = (s.holder as Json).selector as Json;
    const start = sel.start as number;
    const breakers: (() => void)[] = [
      () => (sel.end = start - 1),
      () => (sel.start = -1),
      () => (sel.start = start + 0.5),
      () => (sel.exact = ''),
      () => (sel.end = String(sel.end)),
      () => (sel.prefix = 'p'.repeat(201)),
    ];
    if (start === 0) breakers[0] = () => Object.assign(sel, { start: 5, end: 4 });
    at(breakers, b)();
    return textOf(f);
  },
  badEnum: (f, [a = 0, b = 0]) => {
    const colors = sites(f, ['color']);
    const formats = (f.articles as Json[]).flatMap((x) => fieldsOf(x, ['format']));
    setAt(at([...colors, ...formats], a), at(['red', 'Yellow', '', 'html', 'QuickRead'], b));
    return textOf(f);
  },
  tooLong: (f, [a = 0, b = 0]) => {
    const articles = f.articles as Json[];
    const target = at(articles, b);
    const h = at(target.highlights as Json[], b);
    const longer: (() => void)[] = [
      () => (target.title = 't'.repeat(1001)),
      () => (h.id = 'i'.repeat(101)),
      () => (target.keywords = ['k'.repeat(201)]),
      () => (target.source = 's'.repeat(501)),
      () => (h.id = ''),
    ];
    at(longer, a)();
    return textOf(f);
  },
  notAnObject: (_f, [a = 0]) =>
    at(['[]', '42', '"ai-news-annotator"', 'null', 'true', '[{"format":"ai-news-annotator"}]'], a),
};

export const MUTATION_KINDS = Object.keys(MUTATIONS);

/** A valid export file broken in exactly one way, as the text a reader would pick. */
export const invalidExportText: fc.Arbitrary<{ kind: string; text: string }> = fc
  .tuple(
    validExportFile,
    fc.constantFrom(...MUTATION_KINDS),
    fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  )
  .map(([file, kind, picks]) => {
    const json = JSON.parse(serializeExport(file)) as Json;
    return { kind, text: (MUTATIONS[kind] as Mutate)(json, picks) };
  });
