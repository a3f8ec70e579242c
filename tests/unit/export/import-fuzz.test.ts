import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED_PROBLEMS, parseImport, serializeExport } from '../../../utils/export';
import { problemText } from '../../../utils/transfer/problem-text';
import { translatorFor } from '../i18n/messages';

/** After every timestamp the generated files hold, so none of them is in the future. */
const NOW = new Date('2036-01-02T00:00:00.000Z');
const en = translatorFor('en');
import { validExportFile } from './arbitraries';
import { invalidExportText, MUTATION_KINDS } from './mutations';

describe('import of generated files', () => {
  it('accepts every valid file and reads it back to the same bytes', () => {
    fc.assert(
      fc.property(validExportFile, (file) => {
        const text = serializeExport(file);
        const result = parseImport(text, { now: NOW });
        expect(result.ok).toBe(true);
        if (result.ok) expect(serializeExport(result.file)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses every file broken in one way, with at least one readable message', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(invalidExportText, ({ kind, text }) => {
        seen.add(kind);
        const result = parseImport(text, { now: NOW });
        expect(result.ok, `${kind}: ${text.slice(0, 300)}`).toBe(false);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems.length).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS);
        for (const e of result.problems.map((p) => problemText(p, en))) {
          expect(typeof e).toBe('string');
          expect(e.trim()).not.toBe('');
          expect(e.length).toBeLessThan(400);
        }
      }),
      { numRuns: 250 },
    );
    expect([...seen].sort()).toEqual([...MUTATION_KINDS].sort());
  });
});
