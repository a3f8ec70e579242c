import { ErrorAlert } from '../../components/shared/ErrorAlert';
import { HighlightUndo } from '../../components/sidepanel/HighlightUndo';
import { NoteField } from '../../components/shared/NoteField';
import { PanelArticle } from '../../components/sidepanel/PanelArticle';
import { PanelHighlights } from '../../components/sidepanel/PanelHighlights';
import { PanelNotice } from '../../components/sidepanel/PanelNotice';
import { PanelRelated } from '../../components/sidepanel/PanelRelated';
import { StoryList } from '../../components/sidepanel/StoryList';
import { t } from '../../utils/i18n';
import type { PanelDeps } from '../../utils/sidepanel/deps';
import { usePanel } from '../../utils/sidepanel/use-panel';

export function App({ deps }: { deps: PanelDeps }) {
  const { view, page, actions: a, story, selected, related } = usePanel(deps);
  return (
    <div class="sidepanel">
      <ErrorAlert message={a.error} onDismiss={a.dismissError} />
      {!page ? (
        <PanelNotice kind={view.kind === 'page' ? 'none' : view.kind} />
      ) : (
        <main class="panel-main" key={page.key}>
          <PanelArticle
            article={page.article}
            savedTitle={page.saved?.title ?? null}
            saved={page.saved !== null}
            saving={a.saving}
            onSave={a.save}
          />
          <section class="panel-section">
            <h2 class="section-title">{t('articleNote')}</h2>
            <NoteField
              value={page.saved?.note ?? ''}
              label={t('articleNote')}
              placeholder={t('articleNotePlaceholder')}
              testId="panel-note"
              timers={deps}
              onSave={(text) => a.saveNote(page, text)}
            />
          </section>
          <PanelHighlights
            highlights={page.highlights}
            orphaned={page.orphaned}
            selected={selected}
            timers={deps}
            onScrollTo={a.scrollTo}
            onNote={a.highlightNote}
            onColor={a.recolor}
            onTags={a.retag}
            onDelete={a.remove}
          />
          <StoryList articles={story} />
          <PanelRelated
            links={page.article?.related ?? []}
            mark={related.mark}
            onToggleKeep={related.toggleKeep}
          />
        </main>
      )}
      {a.deleted && (
        <HighlightUndo text={a.deleted.text} onUndo={a.undo} onDismiss={a.dismissUndo} />
      )}
    </div>
  );
}
