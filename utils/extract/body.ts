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
 * Join `lines[from..to)` that `keep` accepts: paragraphs with a blank line, a line that follows
 * the one before it after a single `<br>` with a line break. The AI notice ends the body: its
 * line is kept without the notice when other text shares it.
 */
export function bodyFromLines(
  lines: Line[],
  from: number,
  to: number,
  keep: (line: Line) => boolean,
): BodyText {
  const used: Line[] = [];
  let out = '';
  let size = 0;
  for (let i = Math.max(0, from); i < Math.min(to, lines.length) && size < MAX_BODY; i++) {
    const line = lines[i]!;
    if (!keep(line)) continue;
    const notice = hasAiNotice(line.text);
    const text = notice ? withoutAiNotice(line.text) : line.text;
    if (text) {
      const prev = used[used.length - 1];
      if (prev) out += line.soft && prev.index === line.index - 1 ? '\n' : '\n\n';
      used.push(line);
      out += text;
      size += text.length + 2;
    }
    if (notice) break;
  }
  return { text: truncate(out, MAX_BODY), used };
}
