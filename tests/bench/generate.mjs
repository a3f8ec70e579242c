// Generated pages and data for the benchmarks (deterministic).

const WORDS_EN =
  'model agent token inference cluster benchmark dataset research startup chip training latency'.split(
    ' ',
  );
const WORDS_ZH = '模型 智能体 推理 算力 芯片 训练 数据 发布 研究 团队 开源 评测'.split(' ');

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');

function sentence(r, n = 18) {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(
      r() < 0.5
        ? WORDS_EN[Math.floor(r() * WORDS_EN.length)]
        : WORDS_ZH[Math.floor(r() * WORDS_ZH.length)],
    );
  }
  return out.join(' ') + '.';
}

/** A ~`bytes` (UTF-8) non-article page: navigation, a long documentation-like body, no quick-read labels. */
export function nonArticlePage(bytes = 2_000_000) {
  const r = rng(7);
  const parts = [
    '<!doctype html><html><head><meta charset="utf-8"><title>Docs</title></head><body>',
  ];
  parts.push(
    '<nav>' +
      Array.from({ length: 50 }, (_, i) => `<a href="/p${i}">Page ${i}</a>`).join(' ') +
      '</nav><main>',
  );
  let size = utf8Bytes(parts.join(''));
  let i = 0;
  while (size < bytes) {
    const block = `<section id="s${i}"><h2>Section ${i}</h2><p>${sentence(r, 40)}</p><ul><li>${sentence(r)}</li><li>${sentence(r)}</li></ul><pre><code>const x${i} = ${i};</code></pre></section>`;
    parts.push(block);
    size += utf8Bytes(block);
    i++;
  }
  parts.push('</main><footer>footer</footer></body></html>');
  return parts.join('');
}

/** A ~`bytes` (UTF-8) article page in the quick-read format with a long body of distinct paragraphs. */
export function longArticlePage(bytes = 1_000_000) {
  const r = rng(11);
  const paras = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const p = `第${i}段 ${sentence(r, 30)} ${sentence(r, 20)}`;
    paras.push(`<p>${p}</p>`);
    size += utf8Bytes(p) + 8;
    i++;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>长文</title></head><body>
<article><h1>一篇很长的AI新闻</h1><p>发布时间:2025年7月24日 来源:bench</p>
<p>快速阅读: 这是一篇用于基准测试的长文章。</p><div class="content">${paras.join('\n')}</div>
<p>(以上内容均由AI生成)</p><p>关键词: 模型 芯片</p></article></body></html>`;
}

/** `n` saved articles (export-file shape) with `perArticle` highlights each. */
export function savedArticles(n, perArticle = 0) {
  const r = rng(3);
  const articles = [];
  const day = (i) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  for (let i = 0; i < n; i++) {
    const url = `https://news.example.com/a/${i}.html`;
    const body = `${sentence(r, 40)}\n\n${sentence(r, 40)}`;
    const highlights = [];
    for (let j = 0; j < perArticle; j++) {
      const start = j * 10;
      highlights.push({
        id: `h-${i}-${j}`,
        text: body.slice(start, start + 8),
        note: j % 3 === 0 ? `note ${j} ${WORDS_ZH[j % WORDS_ZH.length]}` : '',
        color: 'yellow',
        createdAt: day(i),
        updatedAt: day(i),
        selector: {
          exact: body.slice(start, start + 8),
          prefix: '',
          suffix: '',
          start,
          end: start + 8,
        },
      });
    }
    articles.push({
      url,
      format: i % 5 === 0 ? 'generic' : 'quickread',
      title: `${WORDS_ZH[i % 12]} ${WORDS_EN[i % 12]} news ${i}`,
      publishedAt: '2025-07-24',
      source: 'bench',
      summary: sentence(r, 25),
      keywords: [WORDS_ZH[i % 12], WORDS_EN[(i * 7) % 12]],
      aiGenerated: true,
      bodyText: body,
      related: [],
      savedAt: day(i),
      updatedAt: day(i),
      note: i % 10 === 0 ? `my note ${i}` : '',
      highlights,
    });
  }
  return { format: 'ai-news-annotator', version: 1, exportedAt: day(n), articles, links: [] };
}
