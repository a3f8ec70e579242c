import { describe, expect, it } from 'vitest';
import { ZONE_CHROME, ZONE_COMMENTS, buildLines } from '@/utils/extract/lines';
import { elementFacts, skippedBy } from '@/utils/extract/text';
import { parseHtml } from './dom';

const linesOf = (body: string) => buildLines(parseHtml(`<body>${body}</body>`).body).lines;

describe('what the line builder reads of each element', () => {
  it('reads the tag and only the attributes that hide an element or name its region', () => {
    const el = parseHtml(
      '<div id="x" class="a b" role="note" style="color:red" hidden aria-hidden="false" data-y="1"></div>',
    ).querySelector('div')!;
    expect(elementFacts(el)).toEqual({
      tag: 'div',
      id: 'x',
      cls: 'a b',
      role: 'note',
      style: 'color:red',
      hidden: true,
      ariaHidden: false,
    });
    const bare = elementFacts(parseHtml('<p>t</p>').querySelector('p')!);
    expect(bare).toMatchObject({ tag: 'p', id: null, cls: null, hidden: false });
    expect(skippedBy(bare)).toBe(false);
  });

  it('leaves out hidden text and keeps the same text when it is shown (positive control)', () => {
    const hidden = linesOf(
      '<p>正文</p><p hidden>隐藏一</p><p aria-hidden="true">隐藏二</p>' +
        '<p style="display: none">隐藏三</p><p style="visibility:hidden">隐藏四</p>',
    );
    expect(hidden.map((l) => l.text)).toEqual(['正文']);
    const shown = linesOf(
      '<p>正文</p><p>隐藏一</p><p aria-hidden="false">隐藏二</p><p style="display: block">隐藏三</p>',
    );
    expect(shown.map((l) => l.text)).toEqual(['正文', '隐藏一', '隐藏二', '隐藏三']);
  });

  it('names chrome and comments by whole id and class tokens only', () => {
    const lines = linesOf(
      '<div id=" sidebar "><p>边栏</p></div><div class="x comments"><p>评论</p></div>' +
        '<div class="has-sidebar"><p>正文</p></div><div class="widget comment-list"><p>两者</p></div>',
    );
    const zone = (t: string) => lines.find((l) => l.text === t)!.zone;
    expect(zone('边栏')).toBe(ZONE_CHROME);
    expect(zone('评论')).toBe(ZONE_COMMENTS);
    expect(zone('正文')).toBe(0);
    expect(zone('两者')).toBe(ZONE_CHROME | ZONE_COMMENTS);
  });
});
