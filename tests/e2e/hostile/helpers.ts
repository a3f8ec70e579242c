import type { Frame, Page, Worker } from '@playwright/test';

// Shared by the hostile-page tests: each page in tests/fixtures/pages/hostile/ tries one attack.

export const PASSAGE = '基础模型团队负责人庞若鸣宣布加入Meta';
export const NOTE = '只写给自己看的笔记';

/** How many articles and highlights the library holds (read in the extension's origin). */
export function libraryCounts(sw: Worker): Promise<{ articles: number; highlights: number }> {
  return sw.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const empty = { articles: 0, highlights: 0 };
        const request = indexedDB.open('ai-news-annotator');
        request.onupgradeneeded = () => request.transaction?.abort(); // no library yet
        request.onerror = () => resolve(empty);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('highlights')) return resolve(empty);
          const tx = db.transaction(['articles', 'highlights']);
          const articles = tx.objectStore('articles').count();
          const highlights = tx.objectStore('highlights').count();
          tx.oncomplete = () => {
            resolve({ articles: articles.result, highlights: highlights.result });
            db.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The extension's frame, if the page has one. */
export function frameOf(page: Page) {
  return page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/frame\.html/.test(f.url()));
}

/**
 * How many times the frame has shown its toolbar (a performance mark of the frame's own, which
 * the page cannot reach): a later, wanted showing proves an earlier, unwanted one did not happen.
 */
export function toolbarShowings(frame: Frame): Promise<number> {
  return frame.evaluate(() => performance.getEntriesByName('ana-toolbar-shown').length);
}

/** The highlights saved in the library, with their notes (read in the extension's origin). */
export function savedHighlights(
  sw: Worker,
): Promise<{ text: string; note: string; articleUrl: string }[]> {
  return sw.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('ai-news-annotator');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve([]);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('highlights')) return resolve([]);
          const all = db.transaction('highlights').objectStore('highlights').getAll();
          all.onsuccess = () => {
            resolve(
              (all.result as { text: string; note: string; articleUrl: string }[]).map(
                ({ text, note, articleUrl }) => ({ text, note, articleUrl }),
              ),
            );
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
