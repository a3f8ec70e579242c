import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeLiterals, findLiterals } from './literal-scan';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function tsxFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsx'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

describe('components say nothing in a language of their own', () => {
  const files = [...tsxFiles('components'), ...tsxFiles('entrypoints')].sort();

  it('finds the components to check', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain('components/popup/PageCard.tsx');
  });

  it('has no literal user-visible string in any component or page', () => {
    const literals = files.flatMap((f) => findLiterals(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(literals, '\n' + describeLiterals(literals) + '\n').toEqual([]);
  });
});

describe('the literal finder', () => {
  const source = `
    export function X({ n, on }: { n: number; on: boolean }) {
      return (
        <div class="a-class" data-testid="some-test-id" title="Close the panel">
          Hello there
          <span aria-label={on ? 'Turn off' : t('turnOn')}>{n} ×</span>
          {on && 'Saved'}
          {\`\${n} items\`}
          {'·'}
          <img alt={'A chart'} src="chart.png" />
          <input placeholder={label ?? 'Search…'} type="text" value={x === 'quickread' ? a : b} />
          {t('fine', ['not shown as is'])}
          {kind === 'json' ? 'JSON' : '搜索'}
        </div>
      );
    }`;
  const found = findLiterals('components/X.tsx', source);

  it('reports text, rendered strings and visible attributes, with file and line', () => {
    expect(found.map((l) => [l.line, l.text, l.where])).toEqual([
      [4, 'Close the panel', 'title'],
      [5, 'Hello there', 'text'],
      [6, 'Turn off', 'aria-label'],
      [7, 'Saved', '{…}'],
      [8, 'items', '{…}'],
      [10, 'A chart', 'alt'],
      [11, 'Search…', 'placeholder'],
      [13, '搜索', '{…}'],
    ]);
    expect(describeLiterals(found.slice(0, 1))).toMatch(
      /^components\/X\.tsx:4:\d+: literal "Close the panel" \(title\)\. Add a key to public\/_locales/,
    );
  });

  it('leaves alone t() keys, class names, test ids, comparisons and language-free marks', () => {
    const texts = found.map((l) => l.text);
    for (const quiet of [
      'a-class',
      'some-test-id',
      'turnOn',
      'quickread',
      'fine',
      '×',
      '·',
      'JSON',
      'text',
      'chart.png',
    ]) {
      expect(texts).not.toContain(quiet);
    }
  });
});
