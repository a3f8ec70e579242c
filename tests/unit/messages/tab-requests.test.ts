import { describe, expect, it } from 'vitest';
import { tabRequests } from '../../../utils/messages/tab-requests';
import { dispatch } from '../../../utils/messages/dispatch';
import { CHANNEL } from '../../../utils/messages/envelope';
import {
  MAX_FRAME_SIZE,
  MAX_HIGHLIGHTS_PER_ARTICLE,
  MAX_ID_CHARS,
  MAX_QUOTE_CHARS,
  MAX_QUOTE_CONTEXT_CHARS,
} from '../../../utils/limits';

const painted = (over: Record<string, unknown> = {}, selector: Record<string, unknown> = {}) => ({
  id: 'h1',
  color: 'yellow',
  selector: { exact: '引文', prefix: '前', suffix: '后', start: 3, end: 5, ...selector },
  ...over,
});
const paint = (items: unknown[]) => tabRequests['tab/paint'].safeParse({ items });

describe('the requests a page’s script answers (checked with zod/mini)', () => {
  it('paints well-formed highlights, keeping only where they are and their color', () => {
    const parsed = paint([painted({ note: '私人笔记' })]);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ items: [painted()] });
    expect(JSON.stringify(parsed.data)).not.toContain('私人笔记');
  });

  it.each([
    ['an unknown color', painted({ color: 'red' })],
    ['an empty id', painted({ id: '' })],
    ['a long id', painted({ id: 'x'.repeat(MAX_ID_CHARS + 1) })],
    ['an empty quote', painted({}, { exact: '' })],
    ['a long quote', painted({}, { exact: 'x'.repeat(MAX_QUOTE_CHARS + 1) })],
    ['a long prefix', painted({}, { prefix: 'x'.repeat(MAX_QUOTE_CONTEXT_CHARS + 1) })],
    ['an end before its start', painted({}, { start: 5, end: 3 })],
    ['a fractional offset', painted({}, { start: 1.5 })],
    ['a negative offset', painted({}, { start: -1 })],
  ])('refuses a highlight with %s', (_name, item) => {
    expect(paint([item]).success).toBe(false);
    expect(paint([painted()]).success).toBe(true); // positive control
  });

  it('paints at most one article’s highlights at once', () => {
    const at = Array.from({ length: MAX_HIGHLIGHTS_PER_ARTICLE }, () => painted());
    expect(paint(at).success).toBe(true);
    expect(paint([...at, painted()]).success).toBe(false);
  });

  it('takes empty requests and ids exactly', () => {
    expect(tabRequests['tab/article'].safeParse({}).success).toBe(true);
    expect(tabRequests['tab/article'].safeParse({ x: 1 }).success).toBe(false);
    expect(tabRequests['tab/scroll-to'].safeParse({ id: 'h1' }).success).toBe(true);
    expect(tabRequests['tab/scroll-to'].safeParse({ id: 'h1', more: 1 }).success).toBe(false);
    expect(tabRequests['tab/unpaint'].safeParse({ id: 5 }).success).toBe(false);
  });

  it('shows the frame at a size within bounds', () => {
    const frame = tabRequests['tab/frame'];
    expect(frame.safeParse({ open: true, width: 266, height: 92 }).data).toEqual({
      open: true,
      width: 266,
      height: 92,
    });
    expect(frame.safeParse({ open: false }).success).toBe(true);
    expect(frame.safeParse({ open: true, width: MAX_FRAME_SIZE + 1 }).success).toBe(false);
    expect(frame.safeParse({ open: 'yes' }).success).toBe(false);
  });

  it('refuses through dispatch with where and why', async () => {
    const handlers = { 'tab/paint': async () => null } as never;
    const message = {
      channel: CHANNEL,
      type: 'tab/paint',
      data: { items: [painted({ color: 'red' })] },
    };
    const reply = await dispatch(tabRequests, handlers, message, { id: 'ext' }, 'ext');
    expect(reply).toMatchObject({ ok: false, code: 'invalid' });
    expect((reply as { error: string }).error).toContain('items.0.color');
    const good = { ...message, data: { items: [painted()] } };
    expect(await dispatch(tabRequests, handlers, good, { id: 'ext' }, 'ext')).toEqual({
      ok: true,
      value: null,
    });
  });
});
