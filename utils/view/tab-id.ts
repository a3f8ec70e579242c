/** The `tabId` the popup was opened for (`popup.html?tabId=N`), or null. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * The tab the popup acts on: the one named in its address, else the active tab of the current
 * window.
 */
export async function resolveTabId(
  search: string,
  queryActiveTabs: () => Promise<{ id?: number }[]>,
): Promise<number | null> {
  const named = tabIdFromSearch(search);
  if (named !== null) return named;
  try {
    const [active] = await queryActiveTabs();
    return active?.id ?? null;
  } catch {
    return null;
  }
}
