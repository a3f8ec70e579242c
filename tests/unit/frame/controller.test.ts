import { describe, expect, it, vi } from 'vitest';
import { connectFrame } from '../../../utils/frame/controller';
import type { FrameState } from '../../../utils/messages/broadcasts';

function setUp(panel: 'opens' | 'cannot' = 'opens') {
  const deliver: ((m: unknown) => void)[] = [];
  const sent: [string, unknown][] = [];
  const order: string[] = [];
  const openPanel = vi.fn(async (tabId: number) => {
    order.push(`openPanel ${tabId}`);
    return panel === 'opens';
  });
  const controller = connectFrame({
    connect: () => ({
      onMessage: { addListener: (fn) => void deliver.push(fn) },
      onDisconnect: { addListener: () => undefined },
    }),
    send: (async (type: string, data: unknown) => {
      order.push(type);
      sent.push([type, data]);
      return type === 'frame/note' ? { id: 'h1' } : null;
    }) as never,
    openPanel,
  });
  const show = (state: unknown) => deliver.forEach((fn) => fn(state));
  return { controller, sent, order, openPanel, show };
}

const toolbar: FrameState = { kind: 'toolbar', theme: 'light', token: 1, tabId: 7, painted: null };
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the in-page frame’s link to the background', () => {
  it('shows only the states it knows: none, toolbar, notice (no editor)', () => {
    const { controller, show } = setUp();
    show({ kind: 'editor', highlight: { id: 'h', note: 'x' } });
    expect(controller.get()).toEqual({ kind: 'none' });
    show(toolbar);
    expect(controller.get()).toEqual(toolbar); // positive control
  });

  it('Note opens the side panel inside the click, then tells the background it did', async () => {
    const { controller, sent, order, openPanel, show } = setUp('opens');
    show(toolbar);
    controller.note('green');
    expect(openPanel).toHaveBeenCalledWith(7); // synchronously, inside the click
    await settle();
    expect(order).toEqual(['openPanel 7', 'frame/note']);
    expect(sent).toEqual([['frame/note', { color: 'green', panelOpened: true }]]);
  });

  it('Note where the panel cannot be opened lets the background open a window', async () => {
    const { controller, sent, show } = setUp('cannot');
    show(toolbar);
    controller.note('pink');
    await settle();
    expect(sent).toEqual([['frame/note', { color: 'pink', panelOpened: false }]]);
  });

  it('Note with no toolbar shown opens no panel', async () => {
    const { controller, openPanel, sent } = setUp('opens');
    controller.note('pink');
    await settle();
    expect(openPanel).not.toHaveBeenCalled();
    expect(sent).toEqual([['frame/note', { color: 'pink', panelOpened: false }]]);
  });

  it('Highlight and a color send a color only, never a note', async () => {
    const { controller, sent, show } = setUp();
    show(toolbar);
    await controller.add('blue');
    await controller.color('purple');
    expect(sent).toEqual([
      ['frame/add', { color: 'blue' }],
      ['frame/color', { color: 'purple' }],
    ]);
  });
});
