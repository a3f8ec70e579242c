import { t } from '../../utils/i18n';
import type { LibraryPage } from '../../utils/library/use-library-page';
import { UndoToast } from '../shared/UndoToast';

/** The page's messages: the sections' news or errors, the undo of a deletion, the list's error. */
export function LibraryToasts({ page: { after, c } }: { page: LibraryPage }) {
  const { actions } = c;
  return (
    <>
      {after.message && (
        <UndoToast
          role={after.message.error ? 'alert' : 'status'}
          testId={after.message.error ? 'error' : 'hub-toast'}
          text={after.message.text}
          onDismiss={after.dismissMessage}
        />
      )}
      {actions.undoable && (
        <UndoToast
          text={t('libraryDeleted', actions.undoable.length)}
          testId="library-undo-toast"
          undoTestId="library-undo"
          onUndo={() => void actions.undo()}
          onDismiss={actions.dismissUndo}
        />
      )}
      {c.error && (
        <UndoToast role="alert" testId="error" text={c.error} onDismiss={c.dismissError} />
      )}
    </>
  );
}
