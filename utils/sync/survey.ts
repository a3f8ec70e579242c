import { MAX_DEVICES } from './limits';
import { markedFile, parseName, type DataName } from './names';
import type { Entry } from './remote';

/** A data file in the folder listing, its name parsed. */
export interface Listed {
  name: string;
  meta: DataName;
  /** The size the server lists, when it says. */
  size: number | null;
}

/** The folder listing as one sync sees it. */
export interface Survey {
  /** This device's files of this remote. */
  mine: Listed[];
  /** Other devices' files of this remote (of at most MAX_DEVICES devices). */
  others: Listed[];
  /** Every name listed, and what it lists. */
  entries: Map<string, Entry>;
  /** Files readers could not use (their fix markers are listed). */
  marked: Set<string>;
}

/** A listed file is whole when the server lists the size its name says (or lists no size). */
export const wholeSize = (f: Listed) => f.size === null || f.size === f.meta.size;

export function survey(listing: readonly Entry[], tag: string, me: string): Survey {
  const out: Survey = { mine: [], others: [], entries: new Map(), marked: new Set() };
  const devices = new Set<string>();
  const files = [...listing].filter((e) => !e.dir).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of files) {
    out.entries.set(e.name, e);
    const marked = markedFile(e.name);
    if (marked) {
      out.marked.add(marked);
      continue;
    }
    const meta = parseName(e.name);
    if (!meta || meta.tag !== tag) continue;
    const listed = { name: e.name, meta, size: e.size };
    if (meta.device === me) {
      out.mine.push(listed);
      continue;
    }
    if (!devices.has(meta.device)) {
      if (devices.size >= MAX_DEVICES) continue;
      devices.add(meta.device);
    }
    out.others.push(listed);
  }
  const order = (a: Listed, b: Listed) =>
    a.meta.device === b.meta.device
      ? a.meta.seq - b.meta.seq || (a.name < b.name ? -1 : 1)
      : a.meta.device < b.meta.device
        ? -1
        : 1;
  out.mine.sort(order);
  out.others.sort(order);
  return out;
}
