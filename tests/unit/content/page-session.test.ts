import { describe as suite, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { findArticleRoot, recognizeArticle } from '../../../utils/extract';
import { anchorAll, describe } from '../../../utils/anchor';
import { createPageSession, type Painter } from '../../../utils/content/annotator/page-session';
import type { FrameHost } from '../../../utils/content/annotator/frame-host';
import type { PaintedHighlight } from '../../../utils/messages/tab-requests';
import type { TextPoint } from '../../../utils/content/reader-start';

const tick = () => new Promise((r) => setTimeout(r, 0));

const PAGE = `<!doctype html><html><head><title>苹果AI团队</title></head><body>
<article><h1>苹果AI团队大将被挖走14亿,骨干接连离职</h1>
<p>发布时间:2025年7月24日 来源:szf</p>
<p>快速阅读: 苹果在AI领域落后于OpenAI和Meta。</p>
<div class="content"><p>据36氪报道,近年来,苹果公司在人工智能领域的表现备受关注。</p>
<p>基础模型团队负责人庞若鸣宣布加入Meta,引发了人才流失的浪潮。</p></div>
<p>(以上内容均由AI生成)</p><p>关键词: 苹果 人才</p></article>
<form><textarea>可以编辑的文字</textarea></form></body></html>`;
const URL_ = 'https://news.example.com/apple.html';

function fakeFrame() {
  const log: string[] = [];
  let open = false;
  const frame: FrameHost = {
    open: () => void ((open = true), log.push('open')),
    resize: (w, h) => void log.push(`resize ${w}x${h}`),
    close: () => void ((open = false), log.push('close')),
    prepare: () => void log.push('prepare'),
    isOpen: () => open,
    owns: () => false,
  };
  return { frame, log };
}

/** A painter whose hit test hits only where it was told a highlight is; `log` hears removals. */
function fakePainter(
  painted: Map<string, string>,
  hits: Map<string, string>,
  log: string[],
): Painter {
  return {
    paint: (id, _range, color) => void painted.set(id, color),
    paintMany: async (items) => items.forEach((i) => painted.set(i.id, i.color)),
    remove: (id) => void (painted.delete(id), log.push(`remove ${id}`)),
    clear: () => painted.clear(),
    setActive: () => undefined,
    hitTest: (x, y) => hits.get(`${x},${y}`) ?? null,
  };
}

function setUp(
  stored: PaintedHighlight[] = [],
  refuse?: string,
  toolbarShown = true,
  reads = { recognize: 0, findRoot: 0 },
) {
  const win = new Window({ url: URL_ });
  win.document.write(PAGE);
  const doc = win.document as unknown as Document;
  const sent: { type: string; data: unknown }[] = [];
  const painted = new Map<string, string>();
  const hits = new Map<string, string>();
  const { frame, log } = fakeFrame();
  /** What was looked for on the page, and what was unpainted. */
  const paintLog: string[] = [];
  const session = createPageSession({
    doc,
    win: win as unknown as globalThis.Window,
    url: () => URL_,
    recognize: (d, u) => (reads.recognize++, recognizeArticle(d, u)),
    findRoot: (d, a) => (reads.findRoot++, findArticleRoot(d, a)),
    describe,
    anchorAll: (root, selectors) => {
      paintLog.push(`find ${selectors.map((x) => x.exact).join(' | ')}`);
      return anchorAll(root, selectors);
    },
    painter: () => fakePainter(painted, hits, paintLog),
    send: async (type, data) => {
      sent.push({ type, data });
      if (refuse && type === refuse) throw new Error('Refused');
      if (type === 'page/highlights') return stored as never;
      if (type === 'highlight/clicked') return { handledByPanel: false } as never;
      if (type === 'ui/toolbar') return { shown: toolbarShown } as never;
      return null as never;
    },
    frame: () => frame,
    theme: () => 'light',
    onError: () => undefined,
  });
  return { doc, session, sent, painted, hits, log, paintLog };
}

/** Select `needle` as a reader's drag does; answers where the drag started (the press). */
function select(doc: Document, needle: string): TextPoint {
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const i = t.textContent!.indexOf(needle);
    if (i < 0) continue;
    const range = doc.createRange();
    range.setStart(t, i);
    range.setEnd(t, i + needle.length);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    return { node: t, offset: i };
  }
  throw new Error(needle);
}

const stored = (id: string, exact: string, color: PaintedHighlight['color'] = 'blue') => ({
  id,
  color,
  selector: { exact, prefix: '', suffix: '', start: 0, end: 0 },
});

suite('the page session', () => {
  it('recognizes the article and tells the background', () => {
    const { session, sent } = setUp();
    expect(session.recognize()?.format).toBe('quickread');
    expect(sent.map((m) => m.type)).toEqual(['page/found']);
  });

  it('reads the page once to recognize it and paint its highlights', async () => {
    const reads = { recognize: 0, findRoot: 0 };
    const { doc, session, painted } = setUp(
      [stored('h1', '庞若鸣宣布加入Meta')],
      undefined,
      true,
      reads,
    );
    session.recognize();
    await session.reload();
    expect([...painted.keys()]).toEqual(['h1']);
    expect(reads).toEqual({ recognize: 1, findRoot: 0 });
    // Positive control: the page replaced the article's body; where it is is read again.
    const content = doc.querySelector('.content')!;
    content.replaceWith(content.cloneNode(true));
    await session.reload();
    expect(reads).toEqual({ recognize: 1, findRoot: 1 });
    expect([...painted.keys()]).toEqual(['h1']);
  });

  it('offers the toolbar for a selection by sending where it is, never a note', async () => {
    const { doc, session, sent, log } = setUp();
    session.recognize();
    const start = select(doc, '庞若鸣宣布加入Meta');
    session.onSelection(start);
    await tick();
    expect(log).toEqual(['open']);
    const asked = sent.find((m) => m.type === 'ui/toolbar')!.data as Record<string, unknown>;
    expect(Object.keys(asked).sort()).toEqual(['canonical', 'selector', 'theme']);
    expect(asked.selector).toMatchObject({ exact: '庞若鸣宣布加入Meta' });
    expect(asked.canonical).toBe(URL_);
    // The same selection again changes nothing; an empty one closes the toolbar.
    session.onSelection(start);
    await tick();
    expect(sent.filter((m) => m.type === 'ui/toolbar')).toHaveLength(1);
    doc.getSelection()!.removeAllRanges();
    session.onSelection(start);
    expect(log).toEqual(['open', 'close']);
    expect(sent.at(-1)?.type).toBe('ui/close');
  });

  it('offers nothing for a selection the page set away from where the reader started', async () => {
    const { doc, session, sent, log } = setUp();
    session.recognize();
    // The reader pressed in one paragraph; the page then selected text in another.
    const pressed = select(doc, '苹果公司在人工智能领域');
    select(doc, '庞若鸣宣布加入Meta');
    session.onSelection(pressed);
    session.onSelection(null); // no press known at all
    await tick();
    expect(sent.some((m) => m.type === 'ui/toolbar')).toBe(false);
    expect(log).toEqual([]);
    // Positive control: the same selection, started by the reader inside it, is offered.
    session.onSelection(select(doc, '庞若鸣宣布加入Meta'));
    await tick();
    expect(sent.filter((m) => m.type === 'ui/toolbar')).toHaveLength(1);
    expect(log).toEqual(['open']);
  });

  it('opens no frame where the background says the reader does not want the toolbar', async () => {
    const { doc, session, sent, log } = setUp([], undefined, false);
    session.onSelection(select(doc, '庞若鸣宣布加入Meta'));
    await tick();
    expect(sent.filter((m) => m.type === 'ui/toolbar')).toHaveLength(1);
    expect(log).toEqual([]);
  });

  it('offers nothing for a selection inside a text field', () => {
    const { doc, session, log } = setUp();
    session.onSelection(select(doc, '可以编辑'));
    expect(log).toEqual([]);
  });

  it('paints what the background sends, and keeps what it cannot find as orphans', async () => {
    const { session, painted } = setUp([
      stored('a', '苹果公司在人工智能领域'),
      stored('b', '这段话已经从页面上删除了很久很久'),
    ]);
    session.recognize();
    await session.reload();
    expect(painted.get('a')).toBe('blue');
    expect(session.anchors()).toEqual({ anchored: ['a'], orphaned: ['b'] });
    session.paint([stored('a', '苹果公司在人工智能领域', 'pink')]);
    expect(painted.get('a')).toBe('pink');
    session.unpaint('a');
    expect(painted.has('a')).toBe(false);
  });

  it('painting the same highlights again leaves them painted, and finds only what is new', async () => {
    const list = [stored('a', '苹果公司在人工智能领域'), stored('b', '庞若鸣宣布加入Meta')];
    const { doc, session, sent, painted, paintLog } = setUp(list);
    session.recognize();
    await session.reload();
    expect(paintLog).toEqual(['find 苹果公司在人工智能领域 | 庞若鸣宣布加入Meta']);
    paintLog.length = 0;

    // A change elsewhere: the same two, one in a new color, and a third.
    list[1] = stored('b', '庞若鸣宣布加入Meta', 'pink');
    list.push(stored('c', '近年来'));
    await session.reload();
    expect(paintLog).toEqual(['find 近年来']);
    expect(Object.fromEntries(painted)).toEqual({ a: 'blue', b: 'pink', c: 'blue' });
    paintLog.length = 0;

    // Positive controls: one deleted elsewhere is unpainted; one whose text the page changed is
    // unpainted and looked for again, in the article and then the whole page (an orphan now).
    list.splice(0, 1);
    const p = [...doc.querySelectorAll('p')].find((el) => el.textContent!.includes('庞若鸣'))!;
    p.textContent = '这一段已经改写了。';
    await session.reload();
    expect(paintLog).toEqual([
      'remove a',
      'remove b',
      'find 庞若鸣宣布加入Meta',
      'find 庞若鸣宣布加入Meta',
    ]);
    expect(session.anchors()).toEqual({ anchored: ['c'], orphaned: ['b'] });
    expect(sent.filter((m) => m.type === 'page/highlights')).toHaveLength(3);
  });

  it('offers colors and Note for only the highlight under the click, by its id', async () => {
    const { session, sent, hits, log } = setUp([stored('a', '苹果公司在人工智能领域')]);
    session.recognize();
    await session.reload();
    expect(session.onClick(10, 10)).toBe(false);
    expect(sent.some((m) => m.type === 'ui/painted')).toBe(false);
    hits.set('20,30', 'a');
    expect(session.onClick(20, 30)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(sent.at(-2)).toEqual({ type: 'highlight/clicked', data: { id: 'a' } });
    expect(sent.at(-1)).toEqual({
      type: 'ui/painted',
      data: { id: 'a', canonical: URL_, theme: 'light' },
    });
    expect(log.at(-1)).toBe('open');
  });

  it('highlights the selection for a shortcut by sending its selector', async () => {
    const { doc, session, sent } = setUp();
    session.recognize();
    expect(await session.highlightSelection()).toBe(false);
    select(doc, '庞若鸣宣布加入Meta');
    expect(await session.highlightSelection()).toBe(true);
    expect(sent.at(-1)).toMatchObject({
      type: 'page/highlight-selection',
      data: { selector: { exact: '庞若鸣宣布加入Meta' }, canonical: URL_ },
    });
  });

  it('opens no frame, and closes any, when the background refuses', async () => {
    const { doc, session, log, sent } = setUp([], 'ui/toolbar');
    session.onSelection(select(doc, '庞若鸣宣布加入Meta'));
    await tick();
    expect(sent.filter((m) => m.type === 'ui/toolbar')).toHaveLength(1);
    expect(log).toEqual(['close']);
  });
});
