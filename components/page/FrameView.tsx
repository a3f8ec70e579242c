import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/highlight-colors';
import type { FrameState } from '../../utils/messages/frame-state';
import { HighlightEditor } from './HighlightEditor';
import { HighlightToolbar } from './HighlightToolbar';
import type { PageLabels } from './labels';
import { PageNotice } from './PageNotice';
import { EDITOR_WIDTH, TOOLBAR_WIDTH } from './position';

interface Controller {
  get(): FrameState;
  subscribe(listener: (s: FrameState) => void): () => void;
  add(color: HighlightColor, note: string): void;
  update(id: string, note: string, color: HighlightColor): void;
  remove(id: string): void;
  close(): void;
  size(width: number, height: number): void;
}

interface Props {
  controller: Controller;
  labels: PageLabels;
}

/** Mark the first painted frame of a shown toolbar (read by the benchmark). */
const markShown = () => requestAnimationFrame(() => performance.mark('ana-toolbar-shown'));

/** The in-page frame's content: the toolbar by a selection, a highlight's editor, or a notice. */
export function FrameView({ controller, labels }: Props) {
  const [state, setState] = useState<FrameState>(controller.get());
  const [color, setColor] = useState<HighlightColor>('yellow');
  const [note, setNote] = useState('');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setState(controller.get()); // what arrived before this subscription
    return controller.subscribe(setState);
  }, [controller]);
  const token = state.kind === 'none' ? 0 : state.token;
  useEffect(() => setNote(''), [token]);
  useLayoutEffect(() => {
    if (state.kind === 'toolbar') markShown();
  }, [token]);
  // Tell the page side how much room the panel needs, whenever that changes.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || state.kind === 'none') return undefined;
    const width = state.kind === 'editor' ? EDITOR_WIDTH : TOOLBAR_WIDTH;
    const report = () => controller.size(width, Math.ceil(el.getBoundingClientRect().height));
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [token, state.kind]);

  if (state.kind === 'none') return null;
  const common = { x: 0, y: 0, labels, onClose: () => controller.close() };
  return (
    <div ref={box} class="ana-frame" data-theme={state.theme}>
      {state.kind === 'toolbar' && (
        <HighlightToolbar
          {...common}
          key={token}
          colors={HIGHLIGHT_COLORS}
          color={color}
          onColor={setColor}
          note={note}
          onNote={setNote}
          onAdd={() => controller.add(color, note)}
        />
      )}
      {state.kind === 'editor' && (
        <HighlightEditor
          {...common}
          key={token}
          highlight={state.highlight}
          colors={HIGHLIGHT_COLORS}
          onSave={(n, c) => controller.update(state.highlight.id, n, c)}
          onDelete={() => controller.remove(state.highlight.id)}
        />
      )}
      {state.kind === 'notice' && <PageNotice {...common} message={state.message} />}
    </div>
  );
}
