/** The selected urls after the reader toggles `url`. */
export function toggled(selected: ReadonlySet<string>, url: string): Set<string> {
  const next = new Set(selected);
  if (next.has(url)) next.delete(url);
  else next.add(url);
  return next;
}

/**
 * The selected urls after a shift-click on `url`: every row between the last one clicked
 * (`anchor`) and `url`, in the order shown, is selected.
 */
export function extended(
  selected: ReadonlySet<string>,
  shown: readonly { url: string }[],
  anchor: string | null,
  url: string,
): Set<string> {
  const to = shown.findIndex((c) => c.url === url);
  const from = anchor === null ? -1 : shown.findIndex((c) => c.url === anchor);
  if (from < 0 || to < 0) return toggled(selected, url);
  const next = new Set(selected);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) next.add(shown[i]!.url);
  return next;
}

/** The selection kept to the urls that still exist (after deletions or a reload). */
export function keepExisting(selected: ReadonlySet<string>, exists: (url: string) => boolean) {
  const next = new Set([...selected].filter(exists));
  return next.size === selected.size ? selected : next;
}
