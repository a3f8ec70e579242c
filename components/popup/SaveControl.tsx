import { t } from '../../utils/i18n';

interface Props {
  saved: boolean;
  saving: boolean;
  /** The saved copy was just brought up to date. */
  updated: boolean;
  onSave: () => void;
}

/**
 * Saving the page's article. The button always names what pressing it does: "Save" while the
 * article is not saved; once saved, a status says so ("Saved ✓") and the button offers "Update"
 * (the saved copy is replaced by what the page shows now, notes and highlights kept). It is an
 * action, not a toggle: no aria-pressed, and no press ever unsaves.
 */
export function SaveControl({ saved, saving, updated, onSave }: Props) {
  return (
    <>
      {saved && (
        <span class="save-status" role="status" data-testid="save-status">
          {updated ? t('popupUpdated') : t('saved')}
        </span>
      )}
      <button
        type="button"
        class={`button${saved ? '' : ' button-primary'}`}
        data-testid="save-article"
        data-saved={saved ? 'true' : 'false'}
        title={saved ? t('popupUpdateHint') : t('saveHint')}
        disabled={saving}
        aria-busy={saving ? 'true' : 'false'}
        onClick={onSave}
      >
        {saving ? t('saving') : saved ? t('popupUpdate') : t('save')}
      </button>
    </>
  );
}
