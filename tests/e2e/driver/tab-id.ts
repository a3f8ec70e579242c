/** The one tab showing `url` (the extension's host permissions let it see http(s) tab URLs). */
export function tabIdByUrl(url: string, tabs: { id?: number; url?: string }[]): number {
  const found = tabs.filter((t) => t.url === url);
  if (found.length !== 1 || found[0]!.id === undefined)
    throw new Error(`expected one tab at ${url}, found ${found.length}`);
  return found[0]!.id;
}
