import qrcode from 'qrcode-generator';
import {
  CARD_MAX_NOTE_LINES,
  CARD_MAX_QUOTE_LINES,
  CARD_META_FONT,
  CARD_NOTE_FONT,
  CARD_NOTE_LINE,
  CARD_PADDING,
  CARD_QR_SIZE,
  CARD_QUOTE_FONT,
  CARD_QUOTE_LINE,
  CARD_SCALE,
  CARD_WIDTH,
} from '../hub/limits';
import { breakLines } from './line-break';

export type CardTheme = 'light' | 'dark';

/** What a quote card shows; every string already in the reader's language. */
export interface QuoteCardContent {
  text: string;
  note: string;
  /** "Title · Source". */
  source: string;
  date: string;
  url: string;
  /** "Noted with AI News Annotator" (or its translation). */
  footer: string;
  language: string;
}

const THEMES: Record<CardTheme, { bg: string; text: string; muted: string; accent: string }> = {
  light: { bg: '#fbfaf6', text: '#1d1d1b', muted: '#6b6b66', accent: '#2f6f5e' },
  dark: { bg: '#18191a', text: '#ecebe6', muted: '#a0a09a', accent: '#7cc4ab' },
};

/**
 * Latin in the system's font, Chinese in the first CJK font the system has (naming the fonts
 * Linux ships spares each character the system's fallback search). The same stack as `--font` in
 * assets/theme.css and the in-page frame's (components/page/styles.ts).
 */
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', " +
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";
const SERIF = "'Noto Serif CJK SC', 'Songti SC', 'SimSun', Georgia, serif";

/** The QR code of `url` (its ASCII form: non-ASCII is percent-encoded) as a module matrix. */
export function qrMatrix(url: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(new URL(url).href, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

function drawQr(ctx: CanvasRenderingContext2D, url: string, x: number, y: number) {
  const m = qrMatrix(url);
  const quiet = 2;
  const cell = CARD_QR_SIZE / (m.length + quiet * 2);
  ctx.fillStyle = '#ffffff'; // QR readers want dark modules on light, in either theme
  ctx.fillRect(x, y, CARD_QR_SIZE, CARD_QR_SIZE);
  ctx.fillStyle = '#000000';
  m.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark)
        ctx.fillRect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell + 0.3, cell + 0.3);
    }),
  );
}

const INNER = CARD_WIDTH - CARD_PADDING * 2;
const QUOTE_FONT = `${CARD_QUOTE_FONT}px ${SERIF}`;
const NOTE_FONT = `${CARD_NOTE_FONT}px ${FONT}`;
const META_FONT = `${CARD_META_FONT}px ${FONT}`;

/** The card's lines (measured in the canvas's own fonts) and its height in CSS pixels. */
function layoutCard(ctx: CanvasRenderingContext2D, card: QuoteCardContent) {
  const measureWith = (font: string) => (s: string) => {
    ctx.font = font;
    return ctx.measureText(s).width;
  };
  const lang = card.language;
  const quote = breakLines(card.text, INNER, measureWith(QUOTE_FONT), lang, CARD_MAX_QUOTE_LINES);
  const note = card.note.trim()
    ? breakLines(card.note, INNER - 20, measureWith(NOTE_FONT), lang, CARD_MAX_NOTE_LINES)
    : [];
  const sourceWidth = INNER - CARD_QR_SIZE - 24;
  const source = breakLines(card.source, sourceWidth, measureWith(META_FONT), lang, 3);
  const noteH = note.length ? note.length * CARD_NOTE_LINE + 28 : 0;
  const metaH = Math.max(CARD_QR_SIZE, (source.length + 2) * 28);
  const height = CARD_PADDING * 2 + 40 + quote.length * CARD_QUOTE_LINE + noteH + 36 + metaH;
  return { quote, note, source, height };
}

/** Lay the card out and draw it on `canvas` (sized here), in `theme`. */
export function drawQuoteCard(canvas: HTMLCanvasElement, card: QuoteCardContent, theme: CardTheme) {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  const colors = THEMES[theme];
  const { quote, note, source, height } = layoutCard(ctx, card);
  const inner = INNER;
  const quoteFont = QUOTE_FONT;
  const noteFont = NOTE_FONT;
  const metaFont = META_FONT;

  canvas.width = CARD_WIDTH * CARD_SCALE;
  canvas.height = height * CARD_SCALE;
  ctx.scale(CARD_SCALE, CARD_SCALE);
  ctx.fillStyle = colors.bg;
  ctx.fillRect(0, 0, CARD_WIDTH, height);
  ctx.fillStyle = colors.accent;
  ctx.fillRect(0, 0, 8, height);
  ctx.textBaseline = 'alphabetic';

  let y = CARD_PADDING;
  ctx.font = `64px ${SERIF}`;
  ctx.fillText('“', CARD_PADDING - 6, y + 44);
  y += 40;
  ctx.fillStyle = colors.text;
  ctx.font = quoteFont;
  for (const line of quote) {
    y += CARD_QUOTE_LINE;
    ctx.fillText(line, CARD_PADDING, y - 14);
  }
  if (note.length) {
    y += 28;
    ctx.fillStyle = colors.accent;
    ctx.fillRect(CARD_PADDING, y + 8, 3, note.length * CARD_NOTE_LINE - 8);
    ctx.fillStyle = colors.muted;
    ctx.font = noteFont;
    for (const line of note) {
      y += CARD_NOTE_LINE;
      ctx.fillText(line, CARD_PADDING + 16, y - 8);
    }
  }
  y += 36;
  ctx.fillStyle = colors.muted;
  ctx.fillRect(CARD_PADDING, y - 18, inner, 1);
  drawQr(ctx, card.url, CARD_WIDTH - CARD_PADDING - CARD_QR_SIZE, y);
  ctx.font = metaFont;
  ctx.fillStyle = colors.text;
  let my = y + 22;
  for (const line of source) {
    ctx.fillText(line, CARD_PADDING, my);
    my += 28;
  }
  ctx.fillStyle = colors.muted;
  ctx.fillText(card.date, CARD_PADDING, my);
  ctx.fillText(card.footer, CARD_PADDING, my + 28);
}

/** The card as a PNG. */
export function cardPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the card could not be drawn'))),
      'image/png',
    ),
  );
}
