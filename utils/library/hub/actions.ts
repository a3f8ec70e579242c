import { t, uiLanguage } from '../../i18n';
import type { CardTheme } from '../quote-card/draw';
import type { HubItem } from './items';
import { localDate, quoteText } from './quote';

/** Put `text` on the clipboard (as plain text, and as HTML when given). */
export async function copyToClipboard(
  view: Window & typeof globalThis,
  text: string,
  html?: string,
): Promise<void> {
  const clip = view.navigator.clipboard;
  if (html && typeof view.ClipboardItem === 'function') {
    await clip.write([
      new view.ClipboardItem({
        'text/plain': new Blob([text], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } else await clip.writeText(text);
}

/** Offer `blob` as a download named `name` (an `<a download>` with a blob URL). */
export function downloadBlob(doc: Document, blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The highlight as a quote to paste (the reader's language). */
export function hubQuote(item: HubItem): string {
  return quoteText(item, t, uiLanguage());
}

/**
 * The quote card of `item` as a PNG, drawn on a canvas of `doc`. The drawing (with the QR code
 * library) loads when a card is first asked for, not with the library page.
 */
export async function quoteCardPng(doc: Document, item: HubItem, theme: CardTheme): Promise<Blob> {
  const { drawQuoteCard, cardPng } = await import('../quote-card/draw');
  const canvas = doc.createElement('canvas');
  const language = uiLanguage();
  drawQuoteCard(
    canvas,
    {
      text: item.text,
      note: item.note,
      source: [item.title, item.source].filter(Boolean).join(' · '),
      date: localDate(item.createdAt, language),
      url: item.articleUrl,
      footer: t('quoteCardFooter'),
      language,
    },
    theme,
  );
  return cardPng(canvas);
}

/** A file name for a card: the date and the first characters of the quote. */
export function cardFileName(item: HubItem): string {
  const head = item.text
    .replace(/[\\/:*?"<>|\s]+/g, ' ')
    .trim()
    .slice(0, 24);
  return `quote-${item.createdAt.slice(0, 10)}-${head || item.id}.png`;
}
