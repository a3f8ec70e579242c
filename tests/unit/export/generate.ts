import type { ExportedArticle, Highlight, Link, RelatedLink } from '../../../utils/schemas';
import { HIGHLIGHT_COLORS } from '../../../utils/schemas';
import type { ExportData } from '../../../utils/export';

/** A small seeded generator (mulberry32): the same seed always gives the same library. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PHRASES = [
  '大模型推理成本持续下降',
  'OpenAI 发布新一代多模态模型 🚀',
  '开源社区迎来新的基准测试',
  '智能体（Agent）正在改变软件开发',
  'Transformer 架构的下一步是什么？🤔',
  'GPU 供应紧张，算力价格上涨 📈',
  '研究者提出更高效的注意力机制',
  'A quote with "quotes", <angle> brackets & [square] ones',
  '# not a heading * not a list _ not emphasis',
  '多语言混排 mixed text 😀👍🏽 and 𝒜𝓁𝓅𝒽𝒶',
];
const SOURCES = ['新智元', '机器之心', '量子位', 'AI 科技评论'];
const KEYWORDS = ['大模型', '智能体', '开源', '芯片', '多模态', '推理', 'AGI', '数据集'];

/** Move an offset off the middle of a surrogate pair, as a browser selection would. */
function onBoundary(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c < 0xe000 ? offset + 1 : offset;
}

export function makeExportData(
  seed: number,
  { articles = 10, highlightsPerArticle = 3 } = {},
): ExportData {
  const rand = seededRandom(seed);
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[int(16)]).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const time = (base: number) => new Date(base + int(86_400_000 * 30)).toISOString();
  const base = Date.UTC(2024, 0, 1);

  const links = new Map<string, Link>();
  const out: ExportedArticle[] = [];
  for (let i = 0; i < articles; i++) {
    const url = `https://news.example.com/ai/${i}-${hex(6)}?from=feed`;
    const body = Array.from({ length: 20 }, () => pick(PHRASES)).join('。\n');
    const related: RelatedLink[] = Array.from({ length: int(4) }, () => ({
      title: pick(PHRASES),
      url: `https://news.example.com/ai/related-${int(articles * 2)}`,
      summary: rand() < 0.5 ? null : pick(PHRASES),
      publishedAt: rand() < 0.3 ? null : `2024-0${1 + int(9)}-1${int(10)}`,
    }));
    const savedAt = time(base);
    const highlights: Highlight[] = Array.from({ length: highlightsPerArticle }, () => {
      const start = onBoundary(body, int(body.length - 12));
      const end = onBoundary(body, start + 2 + int(10));
      const exact = body.slice(start, end);
      const createdAt = time(base);
      return {
        id: uuid(),
        text: exact,
        note: rand() < 0.5 ? '' : `${pick(PHRASES)}\n第二行 note ✍️`,
        color: pick(HIGHLIGHT_COLORS),
        createdAt,
        updatedAt: createdAt,
        selector: {
          exact,
          prefix: body.slice(onBoundary(body, Math.max(0, start - 32)), start),
          suffix: body.slice(end, onBoundary(body, end + 32)),
          start,
          end,
        },
      };
    });
    out.push({
      url,
      format: rand() < 0.8 ? 'quickread' : 'generic',
      title: `${pick(PHRASES)} #${i}`,
      publishedAt: rand() < 0.1 ? null : `2024-0${1 + int(9)}-2${int(8)}T0${int(10)}:30`,
      source: rand() < 0.1 ? null : pick(SOURCES),
      summary: rand() < 0.1 ? null : pick(PHRASES),
      keywords: Array.from({ length: int(5) }, () => pick(KEYWORDS)),
      aiGenerated: rand() < 0.7,
      bodyText: body,
      related,
      savedAt,
      updatedAt: savedAt,
      note: rand() < 0.3 ? `读者笔记 ${i} 📝\n\n第二段` : '',
      highlights,
    });
    for (const r of related) {
      const known = links.get(r.url);
      if (known) {
        if (!known.fromArticles.includes(url)) known.fromArticles.push(url);
        continue;
      }
      const forLater = rand() < 0.4;
      links.set(r.url, {
        url: r.url,
        title: r.title,
        summary: r.summary,
        publishedAt: r.publishedAt,
        fromArticles: [url],
        savedForLater: forLater,
        readAt: forLater && rand() < 0.5 ? time(base) : null,
      });
    }
  }
  return { articles: out, links: [...links.values()] };
}
