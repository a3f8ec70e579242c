/**
 * Colors of painted highlights and the style sheet that draws them, both with the CSS Custom
 * Highlight API (`::highlight(ana-yellow)`) and with `<mark>` elements where that API is missing.
 * Backgrounds are light and text is drawn dark on them, so highlights stay readable on light and
 * dark pages alike; the active highlight (the one being edited) uses a stronger shade.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../highlight-colors';

export const HIGHLIGHT_STYLE_ID = 'ai-news-annotator-highlight-style';
export const MARK_ID_ATTRIBUTE = 'data-ana-id';
export const MARK_COLOR_ATTRIBUTE = 'data-ana-color';
export const MARK_ACTIVE_ATTRIBUTE = 'data-ana-active';

export interface Swatch {
  /** Background of a highlight. */
  background: string;
  /** Background of the highlight being edited. */
  active: string;
}

export const HIGHLIGHT_SWATCHES: Readonly<Record<HighlightColor, Swatch>> = {
  yellow: { background: '#fff1a6', active: '#ffd54a' },
  green: { background: '#cdf3c4', active: '#8edb7f' },
  blue: { background: '#cde5ff', active: '#8ec3ff' },
  pink: { background: '#ffd6e8', active: '#ff9cc6' },
  purple: { background: '#e6d9ff', active: '#c2a3ff' },
};

/** Text color on highlights: dark enough for every swatch above. */
export const HIGHLIGHT_TEXT_COLOR = '#1b1b1f';

/** The name a color's highlight is registered under in `CSS.highlights`. */
export function highlightName(color: HighlightColor, active = false): string {
  return `ana-${color}${active ? '-active' : ''}`;
}

function rule(selector: string, background: string): string {
  return `${selector}{background-color:${background};color:${HIGHLIGHT_TEXT_COLOR};}`;
}

/** The style sheet for painted highlights, for both painting methods. */
export function highlightStyleSheet(): string {
  const mark = `mark[${MARK_ID_ATTRIBUTE}]`;
  const rules = HIGHLIGHT_COLORS.flatMap((color) => {
    const { background, active } = HIGHLIGHT_SWATCHES[color];
    const colored = `${mark}[${MARK_COLOR_ATTRIBUTE}="${color}"]`;
    return [
      rule(`::highlight(${highlightName(color)})`, background),
      rule(`::highlight(${highlightName(color, true)})`, active),
      rule(colored, background),
      rule(`${colored}[${MARK_ACTIVE_ATTRIBUTE}]`, active),
    ];
  });
  return [
    `${mark}{padding:0;margin:0;border:0;border-radius:0;font:inherit;}`,
    ...rules,
    '@media (forced-colors: active){' +
      `${mark}{background-color:Mark;color:MarkText;}` +
      `${mark}[${MARK_ACTIVE_ATTRIBUTE}]{background-color:Highlight;color:HighlightText;}}`,
  ].join('\n');
}

/** Adds (or refreshes) the highlight style sheet in `doc`; returns it. */
export function injectHighlightStyle(doc: Document): HTMLStyleElement {
  const existing = doc.getElementById(HIGHLIGHT_STYLE_ID);
  const style =
    existing && existing.tagName.toLowerCase() === 'style'
      ? (existing as HTMLStyleElement)
      : doc.createElement('style');
  style.id = HIGHLIGHT_STYLE_ID;
  style.textContent = highlightStyleSheet();
  if (!style.isConnected) (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}
