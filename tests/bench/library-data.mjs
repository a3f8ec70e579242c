// A library of saved articles for the library's benchmarks and end-to-end tests (deterministic).
// Titles and summaries are drawn from a large pool of characters and words, so unrelated articles
// overlap as little as real news does; every `storyEvery`-th article gets a second version of
// itself from another site (a story told twice), so clustering has real work at 10,000 articles.

const SOURCES = ['新智元', '机器之心', '量子位', 'AI 科技评论', 'The Register', 'TechWire'];
const KEYWORDS =
  '大模型 智能体 开源 芯片 多模态 推理 AGI 数据集 机器人 自动驾驶 监管 融资 评测 算力 语音 视频生成'.split(
    ' ',
  );
const LATIN =
  'orion nova quark lumen vertex helix zephyr atlas cobalt ember falcon glacier harbor'.split(' ');

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** `n` random CJK characters from the 3,000 after U+4E00. */
function han(r, n) {
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(0x4e00 + Math.floor(r() * 3000));
  return out;
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

/** Change about one character in `every` of `text`: how another site retells a story. */
function retell(r, text, every = 6) {
  return [...text].map((c) => (r() * every < 1 ? han(r, 1) : c)).join('');
}

/**
 * An export file (version 1) of `n` articles saved over the `days` days before `now`, newest
 * first in time. Article `i` has url `https://news.example.com/a/<i>`, its body holds the marker
 * `body-marker-<i>`, every `noteEvery`-th has a note and every `highlightEvery`-th one highlight.
 */
export function libraryExport(
  n,
  {
    now = Date.now(),
    days = 80,
    storyEvery = 100,
    noteEvery = 10,
    highlightEvery = 7,
    seed = 5,
  } = {},
) {
  const r = rng(seed);
  const articles = [];
  const span = days * 86_400_000;
  for (let i = 0; i < n; i++) {
    const saved = new Date(now - Math.floor((i / n) * span) - 60_000).toISOString();
    const twin = storyEvery > 0 && i % storyEvery === 1 ? articles[i - 1] : null;
    const title = twin ? retell(r, twin.title) : `${han(r, 10)} ${pick(r, LATIN)}-${i}`;
    const summary = twin ? retell(r, twin.summary) : han(r, 40);
    const body = `${han(r, 60)} body-marker-${i} ${han(r, 120)}`;
    const highlights =
      i % highlightEvery === 0
        ? [
            {
              id: `h-${i}`,
              text: body.slice(0, 12),
              note: i % (highlightEvery * 2) === 0 ? `高亮笔记 ${i}` : '',
              color: 'yellow',
              createdAt: saved,
              updatedAt: saved,
              selector: { exact: body.slice(0, 12), prefix: '', suffix: '', start: 0, end: 12 },
            },
          ]
        : [];
    articles.push({
      url: twin ? `https://other.example.org/story/${i}` : `https://news.example.com/a/${i}`,
      format: i % 5 === 4 ? 'generic' : 'quickread',
      title,
      publishedAt: saved.slice(0, 10),
      source: twin ? 'OtherSite' : SOURCES[i % SOURCES.length],
      summary,
      keywords: twin
        ? twin.keywords
        : [pick(r, KEYWORDS), pick(r, KEYWORDS)].filter((k, j, a) => a.indexOf(k) === j),
      aiGenerated: true,
      bodyText: body,
      related: [],
      savedAt: saved,
      updatedAt: saved,
      note: i % noteEvery === 0 ? `我的笔记 ${i}` : '',
      highlights,
    });
  }
  return {
    format: 'ai-news-annotator',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    articles,
    links: [],
  };
}
