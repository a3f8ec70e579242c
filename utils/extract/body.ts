/** Body text: the article's paragraphs as plain text, joined with a blank line. */
import { MAX_BODY } from './limits';
import { hasAiNotice, withoutAiNotice } from './labels';
import type { Line } from './lines';
import { truncate } from './text';

export interface BodyText {
  text: string;
  /** The lines that made it in (for locating the article in the page). */
  used: Line[];
}

/**
 * Join `lines[from..to)` that `keep` accepts. The AI notice ends the body: its line is kept
 * without the notice when other text shares it.
 */
export function bodyFromLines(
  lines: Line[],
  from: number,
  to: number,
  keep: (line: Line) => boolean,
): BodyText {
  const used: Line[] = [];
  const parts: string[] = [];
  let size = 0;
  for (let i = Math.max(0, from); i < Math.min(to, lines.length) && size < MAX_BODY; i++) {
    const line = lines[i]!;
    if (!keep(line)) continue;
    const notice = hasAiNotice(line.text);
    const text = notice ? withoutAiNotice(line.text) : line.text;
    if (text) {
      used.push(line);
      parts.push(text);
      size += text.length + 2;
    }
    if (notice) break;
  }
  return { text: truncate(parts.join('\n\n'), MAX_BODY), used };
}
