import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/highlight-colors';
import type { FrameState } from '../../utils/messages/broadcasts';
import { HighlightToolbar } from './HighlightToolbar';
import type { PageLabels } from './labels';
import { PageNotice } from './PageNotice';
import { TOOLBAR_WIDTH } from './position';

interface Controller {
  get(): FrameState;
  subscribe(listener: (s: FrameState) => void): () => void;
  color(color: HighlightColor): void;
  add(color: HighlightColor): void;
  note(color: HighlightColor): void;
  close(): void;
  size(width: number, height: number): void;
}

interface Props {
  controller: Controller;
  labels: PageLabels;
  /** Whether the frame is verifiably visible now (utils/frame/visibility.ts). */
  armed: boolean;
}

/** Mark the first painted frame of a shown toolbar (read by the benchmark). */
const markShown = () => requestAnimationFrame(() => performance.mark('ana-toolbar-shown'));

/** The in-page frame's content: the toolbar (by a selection or a painted highlight) or a notice. */
export function FrameView({ controller, labels, armed }: Props) {
  const [state, setState] = useState<FrameState>(controller.get());
  const [color, setColor] = useState<HighlightColor>('yellow');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setState(controller.get()); // what arrived before this subscription
    return controller.subscribe(setState);
  }, [controller]);
  const token = state.kind === 'none' ? 0 : state.token;
  const painted = state.kind === 'toolbar' ? state.painted : null;
  useEffect(() => setColor(painted?.color ?? 'yellow'), [token]);
  useLayoutEffect(() => {
    if (state.kind === 'toolbar') markShown();
  }, [token]);
  // Tell the page side how much room the panel needs, whenever that changes.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || state.kind === 'none') return undefined;
    const report = () =>
      controller.size(TOOLBAR_WIDTH, Math.ceil(el.getBoundingClientRect().height));
    const observer = new ResizeObserver(report);
    observer.observe(el);
    return () => observer.disconnect();
  }, [token, state.kind]);

  if (state.kind === 'none') return null;
  const onClose = () => controller.close();
  return (
    <div ref={box} class="ana-frame" data-theme={state.theme}>
      {state.kind === 'toolbar' && (
        <HighlightToolbar
          key={token}
          labels={labels}
          armed={armed}
          colors={HIGHLIGHT_COLORS}
          color={color}
          onColor={(c) => {
            setColor(c);
            // A painted highlight takes the color at once (pick the old one again to undo).
            if (painted) controller.color(c);
          }}
          onAdd={painted ? undefined : () => controller.add(color)}
          onNote={() => controller.note(color)}
          onClose={onClose}
        />
      )}
      {state.kind === 'notice' && (
        <PageNotice x={0} y={0} labels={labels} onClose={onClose} message={state.message} />
      )}
    </div>
  );
}
