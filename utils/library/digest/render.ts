import type { Translate } from '../../i18n';
import type { DigestStory } from './build';

const md = (s: string) => s.replace(/([\\`*_[\]<>#])/g, '\\$1').replace(/\s*\n\s*/g, ' ');
const html = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\s*\n\s*/g, ' ');
const safeUrl = (u: string) => (/^https?:\/\//i.test(u) ? u : '');

/** The digest as Markdown: a heading per story, its articles, summaries, keywords, highlights. */
export function digestMarkdown(
  title: string,
  stories: readonly DigestStory[],
  t: Translate,
): string {
  const out = [`# ${md(title)}`, ''];
  for (const s of stories) {
    out.push(`## ${md(s.articles[0]?.title ?? '')}`, '');
    for (const a of s.articles) {
      const meta = [a.source, a.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
      out.push(`- [${md(a.title || a.url)}](<${safeUrl(a.url)}>)${meta ? ` — ${md(meta)}` : ''}`);
      if (a.summary) out.push(`  - ${t('digestSummaryLabel')}: ${md(a.summary)}`);
    }
    if (s.keywords.length)
      out.push('', `${t('digestKeywordsLabel')}: ${s.keywords.map(md).join(', ')}`);
    for (const h of s.highlights) {
      out.push('', `> ${md(h.text)}`);
      if (h.note.trim()) out.push('>', `> — ${md(h.note.trim())}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The same digest as HTML (for pasting as rich text): text escaped, links http(s) only. */
export function digestHtml(title: string, stories: readonly DigestStory[], t: Translate): string {
  const out = [`<h1>${html(title)}</h1>`];
  for (const s of stories) {
    out.push(`<h2>${html(s.articles[0]?.title ?? '')}</h2><ul>`);
    for (const a of s.articles) {
      const meta = [a.source, a.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
      out.push(
        `<li><a href="${html(safeUrl(a.url))}">${html(a.title || a.url)}</a>${meta ? ` — ${html(meta)}` : ''}` +
          (a.summary ? `<br>${html(a.summary)}` : '') +
          '</li>',
      );
    }
    out.push('</ul>');
    if (s.keywords.length)
      out.push(`<p>${html(t('digestKeywordsLabel'))}: ${s.keywords.map(html).join(', ')}</p>`);
    for (const h of s.highlights) {
      const note = h.note.trim() ? `<br>— ${html(h.note.trim())}` : '';
      out.push(`<blockquote>${html(h.text)}${note}</blockquote>`);
    }
  }
  return out.join('\n');
}
