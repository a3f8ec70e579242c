import type { PageLabels } from '../../components/page/labels';
import { t } from '../i18n';

/** The in-page UI's strings in the reader's language. */
export function pageLabels(): PageLabels {
  return {
    toolbar: t('hlToolbar'),
    editor: t('hlEditor'),
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
    note: t('hlNote'),
    notePlaceholder: t('hlNotePlaceholder'),
    save: t('hlSave'),
    delete: t('hlDelete'),
    close: t('hlClose'),
  };
}
