/**
 * Whether a failed `tabs.sendMessage` means that nothing in the frame listens (no annotator yet),
 * as opposed to a listener that answered with an error or a page where nothing can run. Chromium
 * and Firefox both say "Could not establish connection. Receiving end does not exist."
 */
export function noReceiver(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /receiving end does not exist/i.test(message);
}
