// A realistic library for the scale benchmarks (deterministic): article bodies drawn to the
// quick-read seed page's lengths (1,000–5,000 characters, most 1,300–3,000), written from the
// phrasing AI-news pages use, a third of the articles highlighted, notes, tags, related links,
// and stories told by several sites (retellings, other angles) amid articles sharing stock phrases.

const COMPANIES = [
  '苹果',
  'OpenAI',
  'Meta',
  '谷歌',
  '微软',
  '英伟达',
  '阿里巴巴',
  '腾讯',
  '百度',
  '字节跳动',
  '月之暗面',
  '智谱',
  'DeepSeek',
  'Anthropic',
  '华为',
  '小米',
  '商汤',
  '科大讯飞',
  '台积电',
  'AMD',
];
const PRODUCTS = [
  'GPT-5',
  'Llama 4',
  'Gemini 2.5',
  'Claude 4',
  'Qwen3',
  '文心一言',
  '混元',
  'Kimi K2',
  'GLM-4.5',
  'DeepSeek-R2',
  'Blackwell',
  'H20',
  '昇腾910C',
  'MI350',
  'Sora',
  '豆包',
  'Grok 4',
  'Copilot',
];
const TOPICS = [
  '大模型',
  '智能体',
  '开源',
  '芯片',
  '多模态',
  '推理',
  '算力',
  '数据中心',
  '机器人',
  '自动驾驶',
  '监管',
  '融资',
  '人才',
  '评测',
  '语音',
  '视频生成',
  '端侧',
  '安全',
];
const SOURCES = [
  '新智元',
  '机器之心',
  '量子位',
  '36氪',
  'IT之家',
  '雷峰网',
  '智东西',
  'szf',
  'TechWire',
];
const PEOPLE = [
  '庞若鸣',
  'Craig Federighi',
  'Eddy Cue',
  '黄仁勋',
  'Sam Altman',
  '李彦宏',
  '扎克伯格',
];

/** Sentences in the seed page's manner; `{c}` company, `{p}` product, `{t}` topic, `{n}` number, `{m}` person. */
const SENTENCES = [
  '据{s}报道,近年来,{c}在{t}领域的表现备受关注。',
  '尽管{c}拥有丰富的资源和广泛的用户基础,但在AI竞赛中似乎落后于竞争对手。',
  '{c}内部负责开发AI基础模型的团队曾提议对外开源部分模型,以展示其技术成果并加速模型优化。',
  '这一提议遭到{m}的否决,他认为市场上已有足够的开源模型,无需重复投入。',
  '报告强调了{c}在端侧部署的轻量高效及云端架构的新思路,并通过原生框架向开发者开放核心能力。',
  '{c}的核心成员陆续离职,进一步加剧了公司的困境。',
  '据彭博社报道,{m}未来四年的总收入可能高达{n}亿美元。',
  '{c}向顶级AI工程师提供了年薪{n}00万美元起的待遇,而竞争对手的薪酬则远低于市场平均水平。',
  '过去几个月,已有不少顶尖员工离职,甚至有传闻称整个团队曾考虑集体出走。',
  '人才的流失不仅仅是薪酬问题,更反映了公司内部在{t}战略上的分歧。',
  '{c}高层批准了数十亿美元的预算用于运行自研云端模型,但后续规划仍不明朗。',
  '面对AI时代的挑战,{c}能否再次成为那个颠覆世界的创新者?',
  '{c}发布了新一代模型{p},在多项评测中取得了领先成绩。',
  '{p}的上下文窗口扩展到{n}万tokens,推理速度提升了{n}倍。',
  '业内人士指出,{p}在代码生成和数学推理方面的进步尤为明显。',
  '{c}表示,{p}将率先向付费用户开放,随后逐步推广至全部用户。',
  '分析师认为,这一举措将加剧{t}市场的竞争格局。',
  '与此同时,监管机构也在加强对{t}的审查,要求企业披露训练数据来源。',
  '{c}首席执行官在发布会上表示,公司将继续加大在{t}方向的投入。',
  '据悉,该项目已投入超过{n}亿元,团队规模达到{n}00人。',
  'The company said {p} outperforms previous models on {n} of {n} benchmarks.',
  '在基础科学、能源安全、气候变化等领域,{t}正在发挥关键作用。',
  '{c}与多家高校和研究机构建立了合作关系,共同推进{t}技术的落地。',
  '此次融资由多家知名投资机构领投,估值达到{n}0亿美元。',
  '多位开发者在社交媒体上分享了使用{p}的体验,评价褒贬不一。',
  '不过,也有专家提醒,{t}的快速发展可能带来新的安全风险。',
  '相关负责人透露,下一代{p}预计将于明年上半年推出。',
  '市场研究机构的数据显示,{t}相关市场规模预计将在{n}年内翻倍。',
  '这一变化引发了行业对{c}未来战略方向的广泛讨论。',
  '{c}需要在技术和战略上作出调整,以应对未来的竞争。',
];
/** Phrases AI-written summaries reuse whatever the story: the trap for clustering. */
const STOCK = [
  '相关媒体消息,',
  '据最新报道,',
  '业内人士认为,',
  '这一消息引发业界广泛关注,',
  '专家指出,',
];
const TAGS = ['待读', '重要', '工作', '选题', '跟进', '芯片线', '模型线', '周报'];
const SUMMARY_TAILS = [
  '需调整策略应对挑战。',
  '竞争力仍不足。',
  '将推动行业进一步发展。',
  '引发市场关注。',
  '后续影响有待观察。',
];

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

/** Body lengths as the seed page's kind of article: log-normal around 2,000, within 1,000–5,000. */
export const BODY_MIN = 1000;
export const BODY_MAX = 5000;
function bodyLength(r) {
  // Box–Muller from two uniforms; σ 0.35 puts most lengths between 1,300 and 3,000.
  const z = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  return Math.min(BODY_MAX, Math.max(BODY_MIN, Math.round(2000 * Math.exp(0.35 * z))));
}

function fill(r, template, story) {
  return template
    .replaceAll('{c}', () => (r() < 0.7 ? story.company : pick(r, COMPANIES)))
    .replaceAll('{p}', () => (r() < 0.7 ? story.product : pick(r, PRODUCTS)))
    .replaceAll('{t}', () => (r() < 0.6 ? story.topic : pick(r, TOPICS)))
    .replaceAll('{m}', () => pick(r, PEOPLE))
    .replaceAll('{s}', () => pick(r, SOURCES))
    .replaceAll('{n}', () => String(1 + Math.floor(r() * 9)));
}

function body(r, story, length) {
  const paragraphs = [];
  let size = 0;
  let para = '';
  while (size + para.length < length) {
    para += fill(r, pick(r, SENTENCES), story);
    if (para.length > 120 + r() * 200) {
      paragraphs.push(para);
      size += para.length + 2;
      para = '';
    }
  }
  if (para) paragraphs.push(para);
  let text = paragraphs.join('\n\n');
  while (text.length < BODY_MIN) text += fill(r, pick(r, SENTENCES), story);
  return text.slice(0, BODY_MAX);
}

/** The event a story is about: who, what, which topic, and its own words. */
function storyOf(r, k) {
  const company = pick(r, COMPANIES);
  const product = pick(r, PRODUCTS);
  const topic = pick(r, TOPICS);
  const verbs = ['发布', '推出', '开源', '宣布', '曝光', '调整', '收购', '投资'];
  const nouns = ['新模型', '芯片', '智能体平台', '研究团队', '数据中心', '融资计划', '安全框架'];
  return {
    k,
    company,
    product,
    topic,
    headline: `${company}${pick(r, verbs)}${product}${pick(r, nouns)}`,
    detail: `${product}在${topic}方面${pick(r, ['取得突破', '表现亮眼', '引发争议', '遭遇质疑', '全面升级'])}`,
    figure: `${2 + Math.floor(r() * 97)}${pick(r, ['亿美元', '万tokens', '倍', '%', '亿参数'])}`,
  };
}

function titleOf(r, story, angle) {
  const forms = [
    () => `${story.headline},${story.detail}`,
    () => `${story.company}${story.product}:${story.detail}`,
    () => `${story.headline}${story.figure}`,
    () => `重磅!${story.headline}`,
  ];
  return forms[angle % forms.length]();
}

function summaryOf(r, story) {
  return `${pick(r, STOCK)}${story.company}${story.headline.slice(story.company.length)},${story.detail},涉及${story.figure}。${pick(r, SUMMARY_TAILS)}`;
}

function highlightsOf(r, i, text, saved) {
  if (i % 3 !== 0) return [];
  const count = 1 + Math.floor(r() * 3);
  const out = [];
  for (let j = 0; j < count; j++) {
    const start = Math.floor((j / count) * (text.length - 40));
    const end = start + 20 + Math.floor(r() * 20);
    out.push({
      id: `h-${i}-${j}`,
      text: text.slice(start, end),
      note:
        r() < 0.4
          ? `高亮笔记 ${i}-${j}:${pick(r, ['值得跟进', '数据存疑', '可做选题', '和上周对比'])}`
          : '',
      color: pick(r, ['yellow', 'green', 'blue', 'pink']),
      createdAt: saved,
      updatedAt: saved,
      selector: {
        exact: text.slice(start, end),
        prefix: text.slice(Math.max(0, start - 16), start),
        suffix: text.slice(end, end + 16),
        start,
        end,
      },
    });
  }
  return out;
}

function relatedOf(r, i, n, savedAt) {
  const out = [];
  for (let j = 0; j < 3; j++) {
    const k = Math.floor(r() * n * 2);
    out.push({
      title: `${pick(r, COMPANIES)}${pick(r, ['新进展', '最新动态', '财报解读', '人事变动'])} ${k}`,
      url: `https://related.example.net/r/${k}`,
      summary: `快速阅读: ${pick(r, STOCK)}${pick(r, TOPICS)}领域出现新变化。`,
      publishedAt: savedAt.slice(0, 10),
    });
  }
  return out;
}

/**
 * An export file (version 2) of `n` realistic articles saved over `days` days before `now`,
 * newest first. Stories: every article belongs to one; about a third of the stories are told by
 * 2–5 sites within a few days (retold titles, another angle), the rest once. Article `i` has url
 * `https://<site>/a/<i>`; every third is highlighted (1–3 highlights), every seventh has a note,
 * every fifth has tags, every article three related cards (links: every tenth kept for later).
 */
export function realisticLibrary(
  n,
  { now = Date.UTC(2026, 11, 1), days = 3 * 365, seed = 18 } = {},
) {
  const r = rng(seed);
  const articles = [];
  const links = new Map();
  const span = days * 86_400_000;
  let story = null;
  let left = 0;
  for (let i = 0; i < n; i++) {
    if (left === 0) {
      story = storyOf(r, i);
      left = r() < 0.35 ? 2 + Math.floor(r() * 4) : 1;
    }
    story.told = (story.told ?? -1) + 1;
    const angle = story.told;
    left--;
    const savedMs = now - Math.floor((i / n) * span) - angle * 3_600_000;
    const savedAt = new Date(savedMs).toISOString();
    const site = (story.k + angle) % SOURCES.length;
    const source = SOURCES[site];
    const url = `https://site${site}.example.com/a/${i}`;
    const text = body(r, story, bodyLength(r));
    const related = relatedOf(r, i, n, savedAt);
    for (const rel of related) {
      const seen = links.get(rel.url);
      if (seen) seen.fromArticles.push(url);
      else
        links.set(rel.url, {
          ...rel,
          fromArticles: [url],
          savedForLater: links.size % 10 === 0,
          readAt: null,
        });
    }
    articles.push({
      url,
      format: i % 6 === 5 ? 'generic' : 'quickread',
      title: titleOf(r, story, angle),
      publishedAt: savedAt.slice(0, 10),
      source,
      summary: summaryOf(r, story),
      keywords: [story.topic, story.company, pick(r, TOPICS)].filter(
        (k, j, a) => a.indexOf(k) === j,
      ),
      aiGenerated: true,
      bodyText: text,
      related,
      savedAt,
      updatedAt: savedAt,
      note: i % 7 === 0 ? `我的笔记 ${i}:${story.headline}值得写一篇` : '',
      ...(i % 5 === 0
        ? { tags: [pick(r, TAGS), pick(r, TAGS)].filter((t, j, a) => a.indexOf(t) === j) }
        : {}),
      highlights: highlightsOf(r, i, text, savedAt),
    });
  }
  const fixed = [...links.values()].map((l) => ({
    ...l,
    fromArticles: [...new Set(l.fromArticles)],
  }));
  return {
    format: 'ai-news-annotator',
    version: 2,
    exportedAt: new Date(now).toISOString(),
    articles,
    links: fixed,
  };
}

/** Lengths of the generated bodies: min, median, max and the share within 1,300–3,000. */
export function bodyLengths(file) {
  const lengths = file.articles.map((a) => a.bodyText.length).sort((a, b) => a - b);
  const within = lengths.filter((l) => l >= 1300 && l <= 3000).length / lengths.length;
  return { min: lengths[0], median: lengths[lengths.length >> 1], max: lengths.at(-1), within };
}
