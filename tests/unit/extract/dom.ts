import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';

const window = new Window({
  url: 'https://fixtures.invalid/',
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    disableIframePageLoading: true,
  },
});

/** A document parsed from `html`, as a browser's DOMParser would build it (no scripts run). */
export function parseHtml(html: string): Document {
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

export const FIXTURES = resolve(__dirname, '../../fixtures');

export function readFixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

/** A whole page from a `<body>` fragment (and optional `<head>` markup). */
export function page(body: string, head = ''): Document {
  return parseHtml(
    `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  );
}
