/**
 * Version vectors: for each device, how many of its edits a version has seen. They tell a later
 * edit (which saw the other) from a concurrent one (neither saw the other), whatever the clocks say.
 */
export type VersionVector = Readonly<Record<string, number>>;

export type Order = 'equal' | 'before' | 'after' | 'concurrent';

/** How `a` stands to `b`: `before` when `b` has seen everything `a` has, and more. */
export function compareVectors(a: VersionVector, b: VersionVector): Order {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[device] ?? 0;
    const y = b[device] ?? 0;
    if (x > y) aAhead = true;
    else if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}

/** True when `a` has seen everything `b` has (equal counts too). */
export function covers(a: VersionVector, b: VersionVector): boolean {
  const order = compareVectors(a, b);
  return order === 'after' || order === 'equal';
}

/** The least vector that covers all of `vectors`, with devices in a stable order. */
export function joinVectors(...vectors: VersionVector[]): VersionVector {
  const out: Record<string, number> = {};
  for (const v of vectors) {
    for (const [device, n] of Object.entries(v)) out[device] = Math.max(out[device] ?? 0, n);
  }
  return sortVector(out);
}

/** `v` with one more edit by `device`. */
export function increment(v: VersionVector, device: string): VersionVector {
  return sortVector({ ...v, [device]: (v[device] ?? 0) + 1 });
}

function sortVector(v: Record<string, number>): VersionVector {
  const out: Record<string, number> = {};
  for (const device of Object.keys(v).sort()) if (v[device]! > 0) out[device] = v[device]!;
  return out;
}
