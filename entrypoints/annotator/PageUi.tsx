import { useEffect, useState } from 'preact/hooks';
import { HighlightEditor, HighlightToolbar, PageNotice, type PageLabels } from '@/components/page';
import { HIGHLIGHT_COLORS } from '@/utils/highlight-colors';
import type { PageSession } from '@/utils/content/page-session';
import type { PageUiState, UiStore } from '@/utils/content/ui-state';

interface Props {
  store: UiStore;
  session: PageSession;
  labels: PageLabels;
  win: Window;
}

/** The in-page UI: the toolbar by a selection, or the editor of a clicked highlight. */
export function PageUi({ store, session, labels, win }: Props) {
  const [state, setState] = useState<PageUiState>(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  const view = { viewportWidth: win.innerWidth, scrollX: win.scrollX };
  if (state.kind === 'toolbar') {
    return (
      <HighlightToolbar
        {...view}
        x={state.x}
        y={state.y}
        colors={HIGHLIGHT_COLORS}
        color={state.color}
        onColor={(color) => store.set({ ...state, color })}
        note={state.note}
        onNote={(note) => store.set({ ...state, note })}
        onAdd={() => void session.highlightPending(state.color, state.note)}
        onClose={() => session.close()}
        labels={labels}
      />
    );
  }
  if (state.kind === 'notice') {
    return (
      <PageNotice
        {...view}
        x={state.x}
        y={state.y}
        message={state.message}
        onClose={() => session.close()}
        labels={labels}
      />
    );
  }
  if (state.kind === 'editor') {
    return (
      <HighlightEditor
        {...view}
        x={state.x}
        y={state.y}
        highlight={state.highlight}
        colors={HIGHLIGHT_COLORS}
        onSave={(note, color) => void session.update(state.highlight.id, note, color)}
        onDelete={() => void session.remove(state.highlight.id)}
        onClose={() => session.close()}
        labels={labels}
      />
    );
  }
  return null;
}
