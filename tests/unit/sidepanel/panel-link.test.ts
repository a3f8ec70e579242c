import { describe, expect, it } from 'vitest';
import {
  createPanelPorts,
  PENDING_MS,
  type PanelPort,
} from '../../../utils/background/panel-ports';
import { CHANNEL } from '../../../utils/messages/envelope';
import { createPanelLink, RECONNECT_MS } from '../../../utils/sidepanel/panel-link';

const EXT = { id: 'ext', panelUrl: 'chrome-extension://ext/sidepanel.html' };

/** Two ends of one runtime port: the panel's and the background's. */
function portPair(sender: PanelPort['sender'], name = 'sidepanel') {
  const toPanel: ((m: unknown) => void)[] = [];
  const toBackground: ((m: unknown) => void)[] = [];
  const closedPanel: (() => void)[] = [];
  const closedBackground: (() => void)[] = [];
  let connected = true;
  const cut = () => {
    if (!connected) return;
    connected = false;
    closedPanel.forEach((fn) => fn());
    closedBackground.forEach((fn) => fn());
  };
  const background: PanelPort & { connected: () => boolean } = {
    name,
    sender,
    postMessage: (m) => {
      if (!connected) throw new Error('Attempting to use a disconnected port object');
      toPanel.forEach((fn) => fn(m));
    },
    disconnect: cut,
    onMessage: { addListener: (fn) => void toBackground.push(fn) },
    onDisconnect: { addListener: (fn) => void closedBackground.push(fn) },
    connected: () => connected,
  };
  const panel = {
    postMessage: (m: unknown) => toBackground.forEach((fn) => fn(m)),
    disconnect: cut,
    onMessage: { addListener: (fn: (m: unknown) => void) => void toPanel.push(fn) },
    onDisconnect: { addListener: (fn: () => void) => void closedPanel.push(fn) },
  };
  return { background, panel, cut };
}

const panelSender = { id: 'ext', url: 'chrome-extension://ext/sidepanel.html?tabId=3' };

function openPanel(ports: ReturnType<typeof createPanelPorts>) {
  const selected: string[] = [];
  const timers: (() => void)[] = [];
  const pairs: ReturnType<typeof portPair>[] = [];
  const link = createPanelLink(
    () => {
      const pair = portPair(panelSender);
      pairs.push(pair);
      ports.connect(pair.background);
      return pair.panel;
    },
    (id) => selected.push(id),
    { setTimeout: (fn, ms) => (expect(ms).toBe(RECONNECT_MS), timers.push(fn)) },
  );
  return { link, selected, timers, pairs };
}

describe('a click on a painted highlight while the side panel is open', () => {
  it('selects it in the panel showing that tab, and only there', () => {
    const ports = createPanelPorts(EXT);
    const a = openPanel(ports);
    const b = openPanel(ports);
    a.link.follow({ tabId: 3, windowId: 1 });
    b.link.follow({ tabId: 8, windowId: 2 });
    expect(ports.select(3, 'h1')).toBe(true);
    expect(a.selected).toEqual(['h1']);
    expect(b.selected).toEqual([]);
    // No panel shows tab 5: the page offers its own toolbar.
    expect(ports.select(5, 'h2')).toBe(false);
  });

  it('once the panel moves to another tab or closes, the page handles the click again', () => {
    const ports = createPanelPorts(EXT);
    const panel = openPanel(ports);
    panel.link.follow({ tabId: 3, windowId: 1 });
    expect(ports.select(3, 'h')).toBe(true); // positive control
    panel.link.follow({ tabId: 4, windowId: 1 });
    expect(ports.select(3, 'h')).toBe(false);
    panel.link.close();
    expect(ports.size).toBe(0);
    expect(ports.select(4, 'h')).toBe(false);
    expect(panel.timers).toHaveLength(1);
    panel.timers[0]!(); // a closed link does not connect again
    expect(ports.size).toBe(0);
  });

  it('the panel connects again when the background restarts, still following its tab', () => {
    const ports = createPanelPorts(EXT);
    const panel = openPanel(ports);
    panel.link.follow({ tabId: 3, windowId: 1 });
    panel.pairs[0]!.cut();
    expect(ports.size).toBe(0);
    panel.timers[0]!();
    expect(ports.size).toBe(1);
    expect(ports.select(3, 'again')).toBe(true);
    expect(panel.selected).toEqual(['again']);
  });

  it('only the extension’s own side panel page may listen', () => {
    const ports = createPanelPorts(EXT);
    const page = portPair({ id: 'ext', url: 'https://evil.example/' });
    expect(ports.connect(page.background)).toBe(false);
    expect(page.background.connected()).toBe(false);
    const other = portPair({ id: 'other', url: EXT.panelUrl });
    expect(ports.connect(other.background)).toBe(false);
    // Another of the extension's ports (the in-page frame's) is left to its own listener.
    const frame = portPair({ id: 'ext', url: 'chrome-extension://ext/frame.html' }, 'frame');
    expect(ports.connect(frame.background)).toBe(false);
    expect(frame.background.connected()).toBe(true);
    const real = portPair(panelSender);
    expect(ports.connect(real.background)).toBe(true); // positive control
  });

  it('ignores what a panel says that is not a tab and a window', () => {
    const ports = createPanelPorts(EXT);
    const pair = portPair(panelSender);
    ports.connect(pair.background);
    const say = (data: unknown) =>
      pair.panel.postMessage({ channel: CHANNEL, type: 'panel/follow', data });
    say({ tabId: 3, windowId: 1 });
    expect(ports.select(3, 'h')).toBe(true);
    say({ tabId: '3', windowId: 1 });
    expect(ports.select(3, 'h')).toBe(false);
    pair.panel.postMessage({ channel: 'other', type: 'panel/follow', data: { tabId: 7 } });
    expect(ports.select(7, 'h')).toBe(false);
  });

  it('the panel takes only well-formed selections', () => {
    const ports = createPanelPorts(EXT);
    const panel = openPanel(ports);
    const send = (m: unknown) => panel.pairs[0]!.background.postMessage(m);
    send({ channel: CHANNEL, type: 'panel/select', data: { id: '' } });
    send({ channel: CHANNEL, type: 'panel/select', data: { id: 5 } });
    send({ channel: CHANNEL, type: 'panel/other', data: { id: 'x' } });
    send({ channel: CHANNEL, type: 'panel/select', data: { id: 'ok' } });
    expect(panel.selected).toEqual(['ok']);
  });
});

describe('a highlight handed to the side panel (Note in the page)', () => {
  it('is selected at once in a panel already showing the tab', () => {
    const ports = createPanelPorts(EXT, () => 0);
    const panel = openPanel(ports);
    panel.link.follow({ tabId: 3, windowId: 1 });
    expect(ports.focus(3, 'h1')).toBe(true);
    expect(panel.selected).toEqual(['h1']);
  });

  it('waits for the panel being opened for its tab, and is delivered once', () => {
    let now = 1000;
    const ports = createPanelPorts(EXT, () => now);
    expect(ports.focus(3, 'h1')).toBe(false);
    const other = openPanel(ports);
    other.link.follow({ tabId: 4, windowId: 1 });
    expect(other.selected).toEqual([]); // a panel of another tab does not get it
    now += PENDING_MS - 1;
    const panel = openPanel(ports);
    panel.link.follow({ tabId: 3, windowId: 1 });
    expect(panel.selected).toEqual(['h1']);
    // Delivered once: the same panel following the tab again gets nothing more.
    panel.link.follow({ tabId: 3, windowId: 1 });
    expect(panel.selected).toEqual(['h1']);
  });

  it('is dropped when no panel comes for it in time', () => {
    let now = 1000;
    const ports = createPanelPorts(EXT, () => now);
    ports.focus(3, 'late');
    now += PENDING_MS + 1;
    const panel = openPanel(ports);
    panel.link.follow({ tabId: 3, windowId: 1 });
    expect(panel.selected).toEqual([]);
    // Positive control: a fresh hand-over to the panel now showing the tab arrives.
    expect(ports.focus(3, 'fresh')).toBe(true);
    expect(panel.selected).toEqual(['fresh']);
  });

  it('the newest hand-over for a tab wins', () => {
    const ports = createPanelPorts(EXT, () => 0);
    ports.focus(3, 'first');
    ports.focus(3, 'second');
    const panel = openPanel(ports);
    panel.link.follow({ tabId: 3, windowId: 1 });
    expect(panel.selected).toEqual(['second']);
  });
});
