import { useEffect, useState } from 'preact/hooks';
import type { DeletedArticle } from '../db';
import type { ExportChoice } from '../export';
import type { RelatedLink } from '../schemas/article';
import type { LibraryDeps } from './deps';
import { UNDO_MS } from '../view/undo';

interface Options {
  deps: LibraryDeps;
  report: (e: unknown) => void;
  /** After a deletion: the deleted urls leave the selection and the open article. */
  onDeleted: (urls: string[]) => void;
}

/** The library's writes (through the background's owner) and exports. */
export function useLibraryActions({ deps, report, onDeleted }: Options) {
  const [undoable, setUndoable] = useState<DeletedArticle[] | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!undoable) return;
    const timer = setTimeout(() => setUndoable(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [undoable]);

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    try {
      return await work();
    } catch (e) {
      report(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return {
    busy,
    undoable,
    dismissUndo: () => setUndoable(null),
    async remove(urls: string[]) {
      const gone = await run(() => deps.send('articles/delete', { urls }));
      if (!gone) return;
      setUndoable(gone);
      onDeleted(gone.map((g) => g.article.url));
    },
    async undo() {
      const deleted = undoable;
      if (!deleted) return;
      setUndoable(null);
      await run(() => deps.send('articles/restore', { deleted }));
    },
    tag: (urls: string[], tag: string) => run(() => deps.send('tags/edit', { urls, add: [tag] })),
    untag: (urls: string[], tag: string) =>
      run(() => deps.send('tags/edit', { urls, remove: [tag] })),
    renameTag: (from: string, to: string) =>
      run(() => deps.send('tags/rename', { from: [from], to })),
    keep: ({ title, url, summary, publishedAt }: RelatedLink, keep: boolean) =>
      run(() => deps.send('link/later', { link: { title, url, summary, publishedAt }, keep })),
    /** Write a note; a failure rejects, so the note field says it was not saved. */
    saveNote: async (url: string, note: string) => {
      await deps.send('article/note', { url, note });
    },
    exportUrls: (urls: ReadonlySet<string>, kind: ExportChoice) =>
      run(async () => {
        // The export formats load on first use, not with the library.
        const { exportSelection } = await import('./export-selection');
        return exportSelection(await deps.db.get(), urls, kind, {
          now: deps.now(),
          document: deps.document,
          templates: deps.templates,
        });
      }),
  };
}

export type LibraryActions = ReturnType<typeof useLibraryActions>;
