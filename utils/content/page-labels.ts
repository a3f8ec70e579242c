import type { PageLabels } from '../../components/page/labels';
import { t } from '../i18n';

/** The in-page UI's strings in the reader's language. */
export function pageLabels(): PageLabels {
  return {
    toolbar: t('hlToolbar'),
    colorPicker: t('hlColor'),
    colors: {
      yellow: t('colorYellow'),
      green: t('colorGreen'),
      blue: t('colorBlue'),
      pink: t('colorPink'),
      purple: t('colorPurple'),
    },
    highlight: t('hlHighlight'),
    addNote: t('hlAddNote'),
    noteInPanel: t('hlNoteInPanel'),
    close: t('hlClose'),
  };
}
