import { t, type MessageKey } from '../../utils/i18n';
import {
  TOOLBAR_MODES,
  type ToolbarMode,
  type ToolbarSites as Setting,
} from '../../utils/options/toolbar-sites';

const MODE_LABEL: Record<ToolbarMode, MessageKey> = {
  articles: 'toolbarSitesArticles',
  everywhere: 'toolbarSitesEverywhere',
  never: 'toolbarSitesNever',
};

interface Props {
  setting: Setting | null;
  failed: boolean;
  onMode: (mode: ToolbarMode) => void;
  onForget: (site: string) => void;
}

/** Where the in-page toolbar is offered, and the sites the reader switched one by one. */
export function ToolbarSites({ setting, failed, onMode, onForget }: Props) {
  const sites = Object.entries(setting?.sites ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section class="options-section" aria-labelledby="toolbar-sites-title">
      <h2 id="toolbar-sites-title">{t('toolbarSitesTitle')}</h2>
      <p class="intro">{t('toolbarSitesIntro')}</p>
      <label class="field">
        <span>{t('toolbarSitesLabel')}</span>
        <select
          class="input"
          data-testid="toolbar-sites"
          disabled={!setting}
          value={setting?.mode ?? 'articles'}
          onChange={(e) => onMode(e.currentTarget.value as ToolbarMode)}
        >
          {TOOLBAR_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(MODE_LABEL[mode])}
            </option>
          ))}
        </select>
      </label>
      {sites.length > 0 && (
        <ul class="site-list" aria-label={t('toolbarSitesOwn')}>
          {sites.map(([site, on]) => (
            <li key={site}>
              <span>{site}</span>
              <span class="muted">{t(on ? 'toolbarSiteOn' : 'toolbarSiteOff')}</span>
              <button type="button" class="link-button" onClick={() => onForget(site)}>
                {t('toolbarSiteForget')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {failed && (
        <p class="error" role="alert">
          {t('toolbarSitesFailed')}
        </p>
      )}
    </section>
  );
}
