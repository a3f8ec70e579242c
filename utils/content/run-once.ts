/**
 * Scripts the background injects may be injected again into the same page (a reload of the
 * decision, a view asking). Each runs once per page: it claims an own, read-only property of the
 * extension's isolated global, which the page can neither see nor set (an element the page names
 * so shows through the window's prototype chain, never as an own property).
 */
const PREFIX = '__aiNewsAnnotatorRan_';

export function claimOnce(scope: object, name: string): boolean {
  const key = PREFIX + name;
  if (Object.getOwnPropertyDescriptor(scope, key)) return false;
  Object.defineProperty(scope, key, { value: true, enumerable: false });
  return true;
}
