import type { Article } from '../../schemas/article';
import type { BackgroundType, RequestOf, ResponseOf } from '../../messages/types';
import { samePage } from '../../page-identity';

export interface RecognitionDeps {
  doc: Document;
  url: () => string;
  /**
   * The article and the element holding its body, from one reading of the page; and the
   * run-together text whose words are its keywords, left for the extension's side to split.
   */
  recognize: (
    doc: Document,
    url: string,
  ) => { article: Article | null; root: Element; keywordsText: string | null };
  /** The element holding the body again, after the page replaced it. */
  findRoot: (doc: Document, article: Article | null) => Element;
  send: <T extends BackgroundType>(type: T, data: RequestOf<T>) => Promise<ResponseOf<T>>;
  warn: (e: unknown) => void;
}

/** The page's article as recognized at an address, and the element that holds its text. */
export function createRecognition(deps: RecognitionDeps) {
  let article: Article | null = null;
  let keywordsText: string | null = null;
  let articleRoot: Element | null = null;
  let recognizedOnce = false;
  let extractedAt: string | null = null;
  const root = () => {
    if (!articleRoot?.isConnected) articleRoot = deps.findRoot(deps.doc, article);
    return articleRoot;
  };
  /** Recognize the page and tell the background what it is (for the toolbar badge). */
  const recognize = (): Article | null => {
    extractedAt = deps.url();
    ({ article, root: articleRoot, keywordsText } = deps.recognize(deps.doc, extractedAt));
    const found = article && { url: article.url, format: article.format };
    if (found || recognizedOnce) deps.send('page/found', { article: found }).catch(deps.warn);
    recognizedOnce = true;
    return article;
  };
  return {
    recognize,
    article: () => article,
    /** Run-together text whose words are the article's keywords (split by the extension). */
    keywordsText: () => (article ? keywordsText : null),
    canonical: () => article?.url ?? null,
    /** Whether the page is still where it was recognized (a new fragment or tracking parameter is). */
    samePlace: () => extractedAt !== null && samePage(extractedAt, deps.url()),
    /** The page's article, extracted once per address (again only after the page moved). */
    cached(): Article | null {
      const url = deps.url();
      if (extractedAt !== url && !samePage(extractedAt ?? '', url)) recognize();
      return article;
    },
    root,
    /** Where highlights are looked for, in order: the article's root, then the whole body. */
    roots: () =>
      [root(), deps.doc.body].filter((r, i, all): r is Element => !!r && all.indexOf(r) === i),
    /** The selector of the reader's selection, described in the root that holds it. */
    rootOf: (range: Range) =>
      root().contains(range.commonAncestorContainer) ? root() : (deps.doc.body ?? root()),
  };
}
export type Recognition = ReturnType<typeof createRecognition>;
