import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * What an extension page evaluates before its first screen: the modules its entry imports
 * statically (values, not types; a dynamic `import()` loads later). Full zod builds every schema
 * as it is evaluated, so the views' first load keeps to `zod/mini`; the export formats and the
 * import's checks load when the reader first exports or imports.
 */
const ROOT = resolve(__dirname, '../../..');

function resolveSpecifier(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? resolve(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return null;
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  throw new Error(`cannot resolve ${spec} from ${relative(ROOT, from)}`);
}

/** The module specifiers a file imports or re-exports as values. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const specs: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          named &&
          ts.isNamedImports(named) &&
          named.elements.length > 0 &&
          named.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) specs.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const named = node.exportClause;
      const onlyTypes =
        node.isTypeOnly ||
        (named &&
          ts.isNamedExports(named) &&
          named.elements.length > 0 &&
          named.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) specs.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specs;
}

/** Each package the entry's first load imports, with the chain of files that brings it. */
function firstLoadPackages(entry: string): Map<string, string[]> {
  const start = resolve(ROOT, entry);
  const via = new Map<string, string | null>([[start, null]]);
  const packages = new Map<string, string[]>();
  const chain = (file: string) => {
    const files: string[] = [];
    for (let f: string | null | undefined = file; f; f = via.get(f))
      files.unshift(relative(ROOT, f));
    return files;
  };
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of valueImports(file)) {
      const found = resolveSpecifier(file, spec);
      if (found === null) {
        if (!packages.has(spec)) packages.set(spec, chain(file));
      } else if (!via.has(found)) {
        via.set(found, file);
        queue.push(found);
      }
    }
  }
  return packages;
}

describe("the views' first load", () => {
  for (const entry of ['popup', 'sidepanel', 'library']) {
    it(`${entry}: no full zod, no zip, no charts`, () => {
      const packages = firstLoadPackages(`entrypoints/${entry}/main.tsx`);
      expect(packages.has('preact')).toBe(true); // the walk reaches the packages it uses
      for (const heavy of ['zod', 'fflate', 'uplot']) {
        expect(packages.get(heavy), `${heavy} reached through`).toBeUndefined();
      }
    });
  }

  it('positive control: the background, which checks every message, does load full zod', () => {
    expect(firstLoadPackages('entrypoints/background.ts').has('zod')).toBe(true);
  });
});
