import { describe, expect, it } from 'vitest';
import { highlightExcerpts } from '../../../utils/library/excerpt';
import { locateHighlight } from '../../../utils/library/reader/locate';
import { paintArticle, paintRuns } from '../../../utils/library/reader/paint';
import { HOME, parseRoute, routeHash } from '../../../utils/library/reader/route';

const SUMMARY =
  '星河实验室周二发布开源权重大模型 Orion-2,参数规模 700 亿,在数学、代码等多项评测中超过多款闭源模型。';
const BODY =
  '团队表示,模型使用了多语种语料。\n开源权重是为了让更多开发者在本地部署。\n开源权重是为了让更多开发者微调。';

const highlight = (
  id: string,
  exact: string,
  { start = 0, prefix = '', suffix = '', createdAt = '2026-12-01T00:00:00.000Z' } = {},
) => ({
  id,
  text: exact,
  note: `note ${id}`,
  color: 'green' as const,
  createdAt,
  updatedAt: createdAt,
  // Offsets over the page's text: not the saved body's (the page had more text before it).
  selector: { exact, prefix, suffix, start: start + 500, end: start + 500 + exact.length },
});

describe('where a highlight is in the saved article', () => {
  it('finds a quote in the body, then in the quick-read summary, else nowhere', () => {
    const texts = { bodyText: BODY, summary: SUMMARY };
    expect(locateHighlight(texts, highlight('a', '多语种语料').selector)).toEqual({
      part: 'body',
      start: BODY.indexOf('多语种语料'),
      end: BODY.indexOf('多语种语料') + 5,
    });
    const inSummary = locateHighlight(texts, highlight('b', '参数规模 700 亿').selector);
    expect(inSummary?.part).toBe('summary');
    expect(SUMMARY.slice(inSummary!.start, inSummary!.end)).toBe('参数规模 700 亿');
    expect(locateHighlight(texts, highlight('c', '不在文中').selector)).toBeNull();
  });

  it('picks the occurrence whose context matches, and ignores changed spacing', () => {
    const texts = { bodyText: BODY, summary: null };
    const second = highlight('d', '开源权重是为了让更多开发者', { suffix: '微调' }).selector;
    expect(locateHighlight(texts, second)?.start).toBe(BODY.lastIndexOf('开源权重'));
    const spaced = highlight('e', '模型使用了 多语种\n语料').selector;
    const at = locateHighlight(texts, spaced)!;
    expect(BODY.slice(at.start, at.end)).toBe('模型使用了多语种语料');
  });

  it('shows a summary highlight in the summary’s own context, not as missing', () => {
    const [x] = highlightExcerpts({ bodyText: BODY, summary: SUMMARY }, [
      highlight('b', '参数规模 700 亿'),
    ]);
    expect(x).toMatchObject({ part: 'summary', missing: false, text: '参数规模 700 亿' });
    expect(x!.before).toContain('Orion-2');
    expect(x!.after).toContain('在数学');
  });
});

describe('painting the saved text', () => {
  it('cuts the text at every edge and shows the newest where highlights overlap', () => {
    const runs = paintRuns('abcdefgh', [
      { start: 1, end: 5, id: 'old', color: 'yellow', order: 0 },
      { start: 3, end: 7, id: 'new', color: 'blue', order: 1 },
    ]);
    expect(runs.map((r) => [r.text, r.highlight?.id ?? null, r.first])).toEqual([
      ['a', null, false],
      ['bc', 'old', true],
      ['defg', 'new', true],
      ['h', null, false],
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('abcdefgh');
  });

  it('paints the summary and the body apart and keeps what is not found', () => {
    const painted = paintArticle({ bodyText: BODY, summary: SUMMARY }, [
      highlight('s', '参数规模 700 亿'),
      highlight('b', '多语种语料'),
      highlight('o', '不在文中'),
    ]);
    expect(painted.summary.filter((r) => r.highlight).map((r) => r.text)).toEqual([
      '参数规模 700 亿',
    ]);
    expect(painted.body.filter((r) => r.highlight).map((r) => r.text)).toEqual(['多语种语料']);
    expect(painted.orphans.map((h) => h.id)).toEqual(['o']);
    expect(painted.parts.get('s')).toBe('summary');
  });
});

describe('the library’s address', () => {
  it('round-trips every section and the reader view with its passage', () => {
    for (const section of ['hub', 'review', 'digest'] as const) {
      expect(parseRoute(routeHash({ ...HOME, section }))).toEqual({ ...HOME, section });
    }
    const reader = {
      section: 'reader' as const,
      url: 'https://a.example/x?y=1&z=#',
      highlight: 'h 1',
    };
    expect(parseRoute(routeHash(reader))).toEqual(reader);
    expect(parseRoute('#reader?url=javascript:alert(1)')).toEqual(HOME);
    expect(parseRoute('#nonsense')).toEqual(HOME);
    expect(routeHash(HOME)).toBe('');
  });
});
