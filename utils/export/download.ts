/**
 * Offer `text` (or bytes) to the reader as a downloaded file named `fileName`. Everything it needs comes from
 * `document_` and its window, so tests can pass a fake document.
 */
export function downloadText(
  document_: Document,
  fileName: string,
  text: string | Uint8Array,
  mime = 'application/json',
): void {
  const view = document_.defaultView;
  if (!view) throw new Error('downloadText needs a document that is shown in a window');
  const type = typeof text === 'string' ? `${mime};charset=utf-8` : mime;
  const blob = new view.Blob([text as BlobPart], { type });
  const url = view.URL.createObjectURL(blob);
  const link = document_.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  (document_.body ?? document_.documentElement).append(link);
  try {
    link.click();
  } finally {
    link.remove();
    view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
  }
}
