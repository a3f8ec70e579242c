import { describe as suite, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractArticle, findArticleRoot } from '../../../utils/extract';
import { anchorAll, describe } from '../../../utils/anchor';
import { createPageSession, type Painter } from '../../../utils/content/page-session';
import { createUiStore } from '../../../utils/content/ui-state';
import type { Highlight } from '../../../utils/schemas/records';
import { t } from '../../../utils/i18n';
import { MessageError } from '../../../utils/messages/client';

const PAGE = `<!doctype html><html><head><title>苹果AI团队</title></head><body>
<article><h1>苹果AI团队大将被挖走14亿,骨干接连离职</h1>
<p>发布时间:2025年7月24日 来源:szf</p>
<p>快速阅读: 苹果在AI领域落后于OpenAI和Meta。</p>
<div class="content"><p>据36氪报道,近年来,苹果公司在人工智能领域的表现备受关注。</p>
<p>基础模型团队负责人庞若鸣宣布加入Meta,引发了人才流失的浪潮。</p></div>
<p>(以上内容均由AI生成)</p><p>关键词: 苹果 人才</p></article>
<form><textarea>可以编辑的文字</textarea></form></body></html>`;
const URL_ = 'https://news.example.com/apple.html';

function setUp(stored: Highlight[] = [], refuse?: string) {
  const win = new Window({ url: URL_ });
  win.document.write(PAGE);
  const doc = win.document as unknown as Document;
  const sent: { type: string; data: unknown }[] = [];
  const painted = new Map<string, string>();
  const painter: Painter = {
    paint: (id, _range, color) => void painted.set(id, color),
    paintMany: async (items) => items.forEach((i) => painted.set(i.id, i.color)),
    remove: (id) => void painted.delete(id),
    clear: () => painted.clear(),
    setActive: () => undefined,
    hitTest: () => [...painted.keys()][0] ?? null,
  };
  let n = 0;
  const ui = createUiStore();
  const session = createPageSession({
    doc,
    win: win as unknown as globalThis.Window,
    url: () => URL_,
    extract: extractArticle,
    findRoot: findArticleRoot,
    describe,
    anchorAll,
    painter: () => painter,
    send: async (type, data) => {
      sent.push({ type, data });
      if (refuse && type === refuse) throw new MessageError('QuotaExceededError', 'quota');
      if (type === 'page/highlights') return stored as never;
      if (type === 'highlight/add') return (data as { highlight: Highlight }).highlight as never;
      if (type === 'highlight/update') {
        const h = stored[0]!;
        return { ...h, ...(data as object) } as never;
      }
      return null as never;
    },
    ui,
    uiHost: () => null,
    newId: () => `h${++n}`,
    now: () => '2025-07-24T10:00:00.000Z',
    onError: () => undefined,
  });
  return { doc, session, sent, painted, ui };
}

function select(doc: Document, needle: string) {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const i = t.textContent!.indexOf(needle);
    if (i < 0) continue;
    const range = doc.createRange();
    range.setStart(t, i);
    range.setEnd(t, i + needle.length);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    return;
  }
  throw new Error(needle);
}

suite('the page session', () => {
  it('recognizes the article and tells the background', () => {
    const { session, sent } = setUp();
    const article = session.recognize();
    expect(article?.format).toBe('quickread');
    expect(sent.map((m) => m.type)).toEqual(['page/found']);
  });

  it('turns the selection into a highlight with its note and color, and paints it', async () => {
    const { doc, session, sent, painted, ui } = setUp();
    session.recognize();
    select(doc, '庞若鸣宣布加入Meta');
    session.onSelection();
    expect(ui.get().kind).toBe('toolbar');
    expect(await session.highlightPending('green', '关键')).toBe(true);
    const add = sent.find((m) => m.type === 'highlight/add')!.data as {
      highlight: Highlight;
      article: { url: string };
    };
    expect(add.article.url).toBe(URL_);
    expect(add.highlight).toMatchObject({
      text: '庞若鸣宣布加入Meta',
      note: '关键',
      color: 'green',
    });
    expect(add.highlight.selector.exact).toBe('庞若鸣宣布加入Meta');
    expect(painted.get(add.highlight.id)).toBe('green');
    expect(ui.get().kind).toBe('none');
    expect(session.anchors()).toEqual({ anchored: [add.highlight.id], orphaned: [] });
  });

  it('offers nothing for an empty selection or a selection inside a text field', () => {
    const { doc, session, ui } = setUp();
    doc.getSelection()!.removeAllRanges();
    session.onSelection();
    expect(ui.get().kind).toBe('none');
    select(doc, '可以编辑');
    session.onSelection();
    expect(ui.get().kind).toBe('none');
  });

  it('paints saved highlights again and keeps the ones it cannot find as orphans', async () => {
    const found: Highlight = {
      id: 'a',
      text: '苹果公司在人工智能领域',
      note: '',
      color: 'blue',
      createdAt: '2025-07-24T10:00:00.000Z',
      updatedAt: '2025-07-24T10:00:00.000Z',
      selector: {
        exact: '苹果公司在人工智能领域',
        prefix: '近年来,',
        suffix: '的表现',
        start: 0,
        end: 0,
      },
    };
    const gone: Highlight = {
      ...found,
      id: 'b',
      text: '这段话已经从页面上删除了很久很久',
      selector: { ...found.selector, exact: '这段话已经从页面上删除了很久很久' },
    };
    const { session, painted } = setUp([found, gone]);
    session.recognize();
    await session.reload();
    expect(painted.get('a')).toBe('blue');
    expect(session.anchors()).toEqual({ anchored: ['a'], orphaned: ['b'] });
    expect(session.hasOrphans()).toBe(true);
  });

  it('opens a clicked highlight in the editor, and deleting it unpaints it', async () => {
    const stored: Highlight = {
      id: 'a',
      text: '苹果公司在人工智能领域',
      note: '旧笔记',
      color: 'yellow',
      createdAt: '2025-07-24T10:00:00.000Z',
      updatedAt: '2025-07-24T10:00:00.000Z',
      selector: { exact: '苹果公司在人工智能领域', prefix: '', suffix: '', start: 0, end: 0 },
    };
    const { session, painted, ui, sent } = setUp([stored]);
    session.recognize();
    await session.reload();
    expect(session.onClick(10, 10, 10, 10)).toBe(true);
    const state = ui.get();
    expect(state.kind === 'editor' && state.highlight.note).toBe('旧笔记');
    await session.remove('a');
    expect(sent.at(-1)).toEqual({ type: 'highlight/delete', data: { id: 'a' } });
    expect(painted.size).toBe(0);
    expect(ui.get().kind).toBe('none');
  });

  it('says where the reader was working when a highlight could not be kept', async () => {
    const { doc, session, painted, ui } = setUp([], 'highlight/add');
    session.recognize();
    select(doc, '庞若鸣宣布加入Meta');
    session.onSelection();
    expect(await session.highlightPending('yellow', '')).toBe(false);
    const state = ui.get();
    expect(state.kind).toBe('notice');
    // The background's storage code, in the reader's words (not the browser's English).
    expect(state.kind === 'notice' && state.message).toBe(t('errDbQuota'));
    expect(painted.size).toBe(0);
    session.close();
    expect(ui.get().kind).toBe('none');
  });
});
