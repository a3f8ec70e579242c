import { t, type MessageKey } from '../../utils/i18n';

export type NoticeKind = 'none' | 'loading' | 'restricted' | 'unreachable';

const TEXT: Record<NoticeKind, MessageKey> = {
  none: 'panelNoTab',
  loading: 'panelLoading',
  restricted: 'panelRestricted',
  unreachable: 'panelUnreachable',
};

/** Why the panel has no article to show: no tab, a tab still loading, a page nothing can run on. */
export function PanelNotice({ kind }: { kind: NoticeKind }) {
  return (
    <section
      class="panel-notice"
      data-testid="panel-state"
      data-state={kind}
      aria-busy={kind === 'loading' ? 'true' : undefined}
    >
      <p class="muted">{t(TEXT[kind])}</p>
    </section>
  );
}
