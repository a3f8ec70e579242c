import type { StoryDoc } from './story-index';

/**
 * Articles on their way to the story worker, packed: their texts in one flat list and their
 * keyword counts in a typed array. A message is copied to the worker value by value, and an
 * object per article (six named fields and a keyword list) costs about twice the copying of the
 * same texts in one list. The counts' buffer is handed over, not copied.
 */
export interface PackedDocs {
  /** Per article: url, title, summary, published date, saved date, then its keywords. */
  texts: (string | null)[];
  /** How many keywords each article has. */
  keywordCounts: Uint16Array;
}

/** Texts per article before its keywords. */
const FIELDS = 5;

export function packDocs(docs: readonly StoryDoc[]): PackedDocs {
  const texts: (string | null)[] = [];
  const keywordCounts = new Uint16Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i]!;
    texts.push(doc.url, doc.title, doc.summary, doc.publishedAt, doc.savedAt);
    const keywords = doc.keywords;
    keywordCounts[i] = keywords.length;
    for (let k = 0; k < keywords.length; k++) texts.push(keywords[k]!);
  }
  return { texts, keywordCounts };
}

/** The articles `packDocs` packed (a text the types say is there comes back as it went). */
export function unpackDocs({ texts, keywordCounts }: PackedDocs): StoryDoc[] {
  const docs = new Array<StoryDoc>(keywordCounts.length);
  let at = 0;
  for (let i = 0; i < docs.length; i++) {
    const end = at + FIELDS + keywordCounts[i]!;
    docs[i] = {
      url: texts[at] as string,
      title: texts[at + 1] as string,
      summary: texts[at + 2]!,
      publishedAt: texts[at + 3]!,
      savedAt: texts[at + 4] as string,
      keywords: texts.slice(at + FIELDS, end) as string[],
    };
    at = end;
  }
  return docs;
}
