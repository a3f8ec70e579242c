import { describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../utils/export';

/** Just enough of a document and its window for a download, recording what happens. */
function fakeDocument() {
  const events: string[] = [];
  const blobs: Blob[] = [];
  const timers: (() => void)[] = [];
  const anchor = {
    href: '',
    download: '',
    rel: '',
    style: { display: '' },
    click: vi.fn(() => events.push(`click ${anchor.download} ${anchor.href}`)),
    remove: vi.fn(() => events.push('remove')),
  };
  const view = {
    Blob,
    URL: {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:ext/1';
      },
      revokeObjectURL: (url: string) => events.push(`revoke ${url}`),
    },
    setTimeout: (fn: () => void) => timers.push(fn),
  };
  const document_ = {
    defaultView: view,
    body: { append: () => events.push('append') },
    createElement: (tag: string) => {
      events.push(`create ${tag}`);
      return anchor;
    },
  } as unknown as Document;
  return { document_, events, blobs, timers, anchor };
}

describe('downloading an export', () => {
  it('clicks a hidden download link to a blob URL and revokes the URL after a tick', async () => {
    const fake = fakeDocument();
    downloadText(fake.document_, 'ai-news-annotator-2024-06-01.json', '{"a":"大模型"}\n');
    expect(fake.events).toEqual([
      'create a',
      'append',
      'click ai-news-annotator-2024-06-01.json blob:ext/1',
      'remove',
    ]);
    expect(fake.anchor.style.display).toBe('none');
    expect(fake.blobs[0]!.type).toBe('application/json;charset=utf-8');
    expect(await fake.blobs[0]!.text()).toBe('{"a":"大模型"}\n');
    expect(fake.timers).toHaveLength(1);
    fake.timers[0]!();
    expect(fake.events.at(-1)).toBe('revoke blob:ext/1');
  });

  it('uses the given media type', () => {
    const fake = fakeDocument();
    downloadText(fake.document_, 'x.md', '# x\n', 'text/markdown');
    expect(fake.blobs[0]!.type).toBe('text/markdown;charset=utf-8');
  });

  it('refuses a document without a window', () => {
    const document_ = { defaultView: null } as unknown as Document;
    expect(() => downloadText(document_, 'x.json', '{}')).toThrow(/window/);
  });
});
