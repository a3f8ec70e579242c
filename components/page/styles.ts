import { TOOLBAR_WIDTH } from '../../utils/frame/toolbar-size';

/**
 * Style sheet of the in-page highlight UI (the extension frame over the page). Its colors follow
 * the page's own look, light or dark (`data-theme` on the frame's box), not the system's scheme.
 */
export const PAGE_UI_CSS = `
:host {
  all: initial;
}
.ana-panel {
  --ana-fg: #1f2328;
  --ana-muted: #59636e;
  --ana-bg: #ffffff;
  --ana-raised: #f6f8fa;
  --ana-border: #d1d9e0;
  --ana-accent: #0969da;
  --ana-accent-fg: #ffffff;
  --ana-danger: #cf222e;
  position: absolute;
  z-index: 2147483647;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  gap: 8px;
  padding: 10px;
  border: 1px solid var(--ana-border);
  border-radius: 10px;
  background: var(--ana-bg);
  color: var(--ana-fg);
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);
  /* the same stack as --font in the extension's pages (assets/theme.css) */
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei',
    'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif;
  text-align: left;
  color-scheme: light;
}
.ana-panel *, .ana-panel *::before, .ana-panel *::after {
  box-sizing: border-box;
}
.ana-toolbar {
  width: ${TOOLBAR_WIDTH}px;
}
.ana-row {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 6px;
}
.ana-actions {
  justify-content: flex-end;
}
.ana-notice {
  border-color: var(--ana-danger);
}
.ana-notice-text {
  margin: 0;
  color: var(--ana-danger);
}
.ana-spacer {
  flex: 1;
}
.ana-colors {
  display: flex;
  gap: 6px;
}
.ana-swatch {
  width: 24px;
  height: 24px;
  padding: 0;
  border: 2px solid var(--ana-border);
  border-radius: 50%;
  cursor: pointer;
}
.ana-swatch[aria-pressed='true'] {
  border-color: var(--ana-fg);
  box-shadow: inset 0 0 0 2px var(--ana-bg);
}
.ana-button {
  padding: 4px 10px;
  border: 1px solid var(--ana-border);
  border-radius: 6px;
  background: var(--ana-raised);
  color: var(--ana-fg);
  font: inherit;
  cursor: pointer;
}
.ana-toolbar[data-armed='false'] .ana-button,
.ana-toolbar[data-armed='false'] .ana-swatch {
  cursor: default;
}
.ana-button:hover {
  filter: brightness(0.96);
}
.ana-icon {
  padding: 0 8px;
  font-size: 16px;
  line-height: 24px;
}
.ana-primary {
  border-color: var(--ana-accent);
  background: var(--ana-accent);
  color: var(--ana-accent-fg);
}
.ana-panel :focus-visible {
  outline: 2px solid var(--ana-accent);
  outline-offset: 2px;
}
[data-theme='dark'] .ana-panel {
  --ana-fg: #e6edf3;
  --ana-muted: #9198a1;
  --ana-bg: #151b23;
  --ana-raised: #212830;
  --ana-border: #3d444d;
  --ana-accent: #4493f8;
  --ana-accent-fg: #0d1117;
  --ana-danger: #f85149;
  color-scheme: dark;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.5);
}

@media (forced-colors: active) {
  .ana-swatch[aria-pressed='true'] {
    outline: 3px solid Highlight;
  }
}
`;

/** The frame document itself: transparent, no margins, the panel filling its width. */
export const FRAME_CSS = `
html, body {
  margin: 0;
  padding: 0;
  background: transparent;
  color-scheme: light;
  overflow: hidden;
}
.ana-frame .ana-panel {
  position: static;
  width: 100%;
  box-shadow: none;
}
`;
