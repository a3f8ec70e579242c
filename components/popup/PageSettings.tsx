import { t } from '../../utils/i18n';

interface Props {
  /** The site of the page the popup acts on, or null (not an http(s) page). */
  site: string | null;
  /** Whether the toolbar is offered on this site now (its own switch, else the general choice). */
  on: boolean | null;
  onSite: (on: boolean) => void;
  onOptions: () => void;
}

/** The in-page toolbar switched for this site, and the way to every other setting. */
export function PageSettings({ site, on, onSite, onOptions }: Props) {
  return (
    <div class="page-settings">
      {site && on !== null && (
        <label class="site-switch" title={site}>
          <input
            type="checkbox"
            data-testid="toolbar-site"
            checked={on}
            onChange={(e) => onSite(e.currentTarget.checked)}
          />
          <span>{t('popupToolbarHere')}</span>
        </label>
      )}
      <button
        type="button"
        class="icon-button"
        data-testid="open-options"
        aria-label={t('popupOptions')}
        title={t('popupOptions')}
        onClick={onOptions}
      >
        ⚙
      </button>
    </div>
  );
}
