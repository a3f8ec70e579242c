import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { paintArticle } from './paint';
import type { ReaderData } from './use-reader';

/**
 * The reader's article painted with its highlights, and the highlight picked (at first `start`,
 * which is scrolled to the middle of the view and focused).
 */
export function useReaderMarks(data: ReaderData | null | undefined, start: string | null) {
  const [selected, setSelected] = useState<string | null>(start);
  const root = useRef<HTMLDivElement>(null);
  const painted = useMemo(
    () => (data ? paintArticle(data.article, data.highlights) : null),
    [data],
  );
  useEffect(() => setSelected(start), [start]);
  useEffect(() => {
    if (!painted || !start) return;
    const mark = root.current?.querySelector<HTMLElement>(
      `[data-first="true"][data-id="${CSS.escape(start)}"]`,
    );
    mark?.scrollIntoView({ block: 'center' });
    mark?.focus({ preventScroll: true });
  }, [painted, start]);
  return { selected, setSelected, root, painted };
}
