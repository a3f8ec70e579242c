import { t } from '../../utils/i18n';
import { UndoToast } from '../shared/UndoToast';

interface Props {
  text: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** The toast offering to take back the deletion of a highlight (the one undo toast). */
export function HighlightUndo({ text, onUndo, onDismiss }: Props) {
  return (
    <UndoToast
      text={t('panelHighlightDeleted', text.slice(0, 60))}
      undoTestId="panel-undo"
      onUndo={onUndo}
      onDismiss={onDismiss}
    />
  );
}
