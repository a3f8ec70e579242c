import type { HighlightColor, Highlight } from '../../schemas/records';
import { locateHighlight, type SavedTexts, type TextPart } from './locate';

/** A run of saved text: plain, or covered by a highlight (the latest made, where they overlap). */
export interface Run {
  text: string;
  highlight: { id: string; color: HighlightColor } | null;
  /** Whether this run is where its highlight begins (the place to scroll to). */
  first: boolean;
}

interface Span {
  start: number;
  end: number;
  id: string;
  color: HighlightColor;
  order: number;
}

/** `text` cut into runs at every highlight edge; overlaps show the most recently made highlight. */
export function paintRuns(text: string, spans: readonly Span[]): Run[] {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const seen = new Set<string>();
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    let top: Span | null = null;
    for (const s of spans)
      if (s.start <= from && s.end >= to && (!top || s.order > top.order)) top = s;
    const last = runs.at(-1);
    if (last && (last.highlight?.id ?? null) === (top?.id ?? null)) {
      last.text += text.slice(from, to); // one run per stretch of the same highlight
      continue;
    }
    const first = !!top && !seen.has(top.id);
    if (top) seen.add(top.id);
    runs.push({
      text: text.slice(from, to),
      highlight: top ? { id: top.id, color: top.color } : null,
      first,
    });
  }
  return runs;
}

export interface PaintedArticle {
  summary: Run[];
  body: Run[];
  /** Highlights found in neither text (kept, listed apart). */
  orphans: Highlight[];
  /** Where each highlight was found. */
  parts: Map<string, TextPart>;
}

/** The article's summary and body cut into runs with the reader's highlights painted. */
export function paintArticle(texts: SavedTexts, highlights: readonly Highlight[]): PaintedArticle {
  const spans: Record<TextPart, Span[]> = { body: [], summary: [] };
  const orphans: Highlight[] = [];
  const parts = new Map<string, TextPart>();
  const byTime = [...highlights].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  byTime.forEach((h, order) => {
    const at = locateHighlight(texts, h.selector);
    if (!at) return void orphans.push(h);
    parts.set(h.id, at.part);
    spans[at.part].push({ start: at.start, end: at.end, id: h.id, color: h.color, order });
  });
  return {
    summary: texts.summary ? paintRuns(texts.summary, spans.summary) : [],
    body: paintRuns(texts.bodyText, spans.body),
    orphans,
    parts,
  };
}
