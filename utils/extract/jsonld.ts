/**
 * Article facts from JSON-LD (`<script type="application/ld+json">`). The data is untrusted:
 * every value is checked for its shape before use; malformed JSON is ignored.
 */
import { normalizeSpace } from './text';

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'liveblogposting',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'techarticle',
  'scholarlyarticle',
  'report',
]);

const MAX_SCRIPT_LENGTH = 1_000_000;
const MAX_NODES = 500;

export interface LdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
  description: string | null;
  keywords: string[];
}

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: Json): string | null {
  if (typeof v === 'string') return normalizeSpace(v) || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s) return s;
    }
  }
  return null;
}

function typeNames(node: Record<string, Json>): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.split(/[/:#]/).pop()!.toLowerCase());
}

/** True when a JSON-LD node is an article of some kind. */
export function isArticleNode(node: Json): node is Record<string, Json> {
  return isObject(node) && typeNames(node).some((t) => ARTICLE_TYPES.has(t));
}

/** All objects in a parsed JSON-LD value: top-level arrays and `@graph` lists, flattened. */
export function ldNodes(value: Json): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const queue: { v: Json; depth: number }[] = [{ v: value, depth: 0 }];
  while (queue.length && out.length < MAX_NODES) {
    const { v, depth } = queue.shift()!;
    if (depth > 4) continue;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, MAX_NODES)) queue.push({ v: x, depth: depth + 1 });
    } else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) queue.push({ v: v['@graph'], depth: depth + 1 });
    }
  }
  return out;
}

/** Parsed JSON-LD blocks under `root` (null entries for malformed ones are dropped). */
export function parseLdScripts(root: ParentNode): Json[] {
  const out: Json[] = [];
  for (const s of Array.from(root.querySelectorAll('script[type]')).slice(0, 50)) {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const text = s.textContent ?? '';
    if (!text.trim() || text.length > MAX_SCRIPT_LENGTH) continue;
    try {
      out.push(JSON.parse(text) as Json);
    } catch {
      // Malformed JSON-LD is common in the wild; it simply carries no facts.
    }
  }
  return out;
}

/** The first article node among parsed JSON-LD blocks, or null. */
export function findLdArticle(blocks: Json[]): Record<string, Json> | null {
  for (const b of blocks) {
    const hit = ldNodes(b).find(isArticleNode);
    if (hit) return hit;
  }
  return null;
}

function publisherName(v: Json): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const n = publisherName(x);
      if (n) return n;
    }
    return null;
  }
  return isObject(v) ? str(v.name) : null;
}

function keywordList(v: Json): string[] {
  if (typeof v === 'string') return v.split(/[,，、;；]/u);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** The facts this extension uses from an article node. */
export function readLdArticle(node: Record<string, Json>): LdArticle {
  return {
    headline: str(node.headline) ?? str(node.name),
    datePublished: str(node.datePublished) ?? str(node.dateCreated),
    publisher: publisherName(node.publisher),
    description: str(node.description),
    keywords: keywordList(node.keywords),
  };
}
