import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ERRORS, parseImport, serializeExport } from '../../../utils/export';
import { validExportFile } from './arbitraries';
import { invalidExportText, MUTATION_KINDS } from './mutations';

describe('import of generated files', () => {
  it('accepts every valid file and reads it back to the same bytes', () => {
    fc.assert(
      fc.property(validExportFile, (file) => {
        const text = serializeExport(file);
        const result = parseImport(text);
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
        const result = parseImport(text);
        expect(result.ok, `${kind}: ${text.slice(0, 300)}`).toBe(false);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors.length).toBeLessThanOrEqual(MAX_LISTED_ERRORS + 1);
        for (const e of result.errors) {
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
