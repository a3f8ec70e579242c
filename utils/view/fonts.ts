/**
 * The interface's font stack where CSS variables do not reach (the quote card's canvas): Latin in
 * the system's font, Chinese in the first CJK font the system has. Naming the fonts Linux ships
 * (Noto/Source Han, WenQuanYi) spares each new character the system's fallback search. Kept the
 * same as `--font` in assets/theme.css and the in-page frame's (components/page/styles.ts, written
 * out there so that the frame loads no module the views share).
 */
export const UI_FONTS =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', " +
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";
