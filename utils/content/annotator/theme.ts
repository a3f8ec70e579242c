import type { FrameTheme } from '../../messages/broadcasts';

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` → [r, g, b, a], or null. */
function parseColor(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4];
  return [+m[1]!, +m[2]!, +m[3]!, alpha];
}

/** Relative luminance (WCAG) of an sRGB color. */
function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
}

/**
 * Whether the page looks light or dark where the reader reads: the first opaque background of the
 * given elements (the selection's, then the body and the root). Pages that paint no background are
 * white, whatever the system's scheme.
 */
export function pageTheme(
  win: Window,
  elements: readonly (Element | null | undefined)[],
): FrameTheme {
  for (const el of elements) {
    if (!el) continue;
    const color = parseColor(win.getComputedStyle(el).backgroundColor);
    if (color && color[3] > 0.5) return luminance(color) < 0.3 ? 'dark' : 'light';
  }
  return 'light';
}
