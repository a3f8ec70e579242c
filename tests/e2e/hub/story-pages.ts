// Two quick-read pages that retell one story (from the story fixtures), written to a folder to serve.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface StoryArticle {
  story: string;
  url: string;
  title: string;
  summary: string;
  keywords: string[];
  publishedAt: string;
}

const { articles } = JSON.parse(readFileSync('tests/fixtures/stories/articles.json', 'utf8')) as {
  articles: StoryArticle[];
};

/** The body paragraphs of each retelling (their own words, as two sites would write). */
const BODIES = [
  [
    '星河实验室在周二的发布会上介绍了新一代开源模型Orion-2的训练细节。团队表示,模型使用了经过清洗的多语种语料,并在数学推理数据上做了专门强化。',
    '实验室负责人称,开源权重是为了让更多开发者在本地部署和微调模型。业内人士认为,这一举措将给闭源模型厂商带来新的价格压力。',
  ],
  [
    '据官方技术报告,Orion-2在代码生成基准上的通过率比上一代提升了近两成,长文本理解能力也有明显改进。',
    '多位开发者在社区反馈,模型在消费级显卡上量化后即可运行。分析师指出,宽松的商用许可是它能迅速获得关注的关键原因。',
  ],
];

function page(a: StoryArticle, body: string[]): string {
  const date = a.publishedAt.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${a.title} | AI快讯</title></head>
<body><div class="wrap">
<p><b>${a.title}</b></p>
<p>发布时间：${date}&nbsp;&nbsp;来源：${new URL(a.url).host}</p>
<p>快速阅读：${a.summary}</p>
${body.map((p) => `<p>${p}</p>`).join('\n')}
<p>（以上内容均由AI生成）</p>
<p>关键词：${a.keywords.join(' ')}</p>
</div></body></html>`;
}

export interface StoryPages {
  dir: string;
  /** File name, title, summary and body of each page. */
  pages: { file: string; title: string; summary: string; body: string[] }[];
}

/** The two Orion-2 retellings as quick-read pages in a new folder. */
export function writeStoryPages(): StoryPages {
  const dir = mkdtempSync(join(tmpdir(), 'ana-story-pages-'));
  const told = articles.filter((a) => a.story === 'orion-release').slice(0, 2);
  const pages = told.map((a, i) => {
    const file = `orion-${i + 1}.html`;
    writeFileSync(join(dir, file), page(a, BODIES[i]!));
    return { file, title: a.title, summary: a.summary, body: BODIES[i]! };
  });
  return { dir, pages };
}
