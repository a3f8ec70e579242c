import type { Page, Worker } from '@playwright/test';

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
