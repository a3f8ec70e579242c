import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPORT_SCHEMA_ID, exportJsonSchema } from '../../../utils/export';

const SCHEMA_FILE = fileURLToPath(new URL('../../../public/export-schema.json', import.meta.url));

describe('published JSON Schema of the export file', () => {
  const expected = JSON.stringify(exportJsonSchema(), null, 2) + '\n';

  it('is up to date with the zod schema (regenerate with UPDATE_SCHEMA=1)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, expected);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(expected);
  });

  it('is a closed draft 2020-12 schema with an id and a title, one branch per file version', () => {
    type Branch = {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { const?: unknown; items?: { properties: object } }>;
    };
    const schema = exportJsonSchema() as {
      $schema: string;
      $id: string;
      title: string;
      oneOf: Branch[];
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(EXPORT_SCHEMA_ID);
    expect(schema.title).toMatch(/AI News Annotator/);
    expect(schema.oneOf.map((b) => b.properties.version?.const)).toEqual([1, 2, 3]);
    for (const branch of schema.oneOf) {
      expect(branch.required).toEqual(['format', 'version', 'exportedAt', 'articles', 'links']);
      expect(branch.additionalProperties).toBe(false);
      expect(branch.properties.format?.const).toBe('ai-news-annotator');
    }
    const articleKeys = (b: Branch) => Object.keys(b.properties.articles?.items?.properties ?? {});
    expect(articleKeys(schema.oneOf[0]!)).not.toContain('tags');
    expect(articleKeys(schema.oneOf[1]!)).toContain('tags');
    expect(articleKeys(schema.oneOf[0]!)).toContain('note');
    const highlightKeys = (b: Branch) => {
      const article = b.properties.articles?.items?.properties as {
        highlights?: { items?: { properties: object } };
      };
      return Object.keys(article.highlights?.items?.properties ?? {});
    };
    expect(highlightKeys(schema.oneOf[1]!)).toContain('note');
    expect(highlightKeys(schema.oneOf[1]!)).not.toContain('tags');
    expect(highlightKeys(schema.oneOf[2]!)).toContain('tags');
  });

  it('marks URLs as http(s) URIs', () => {
    expect(JSON.stringify(exportJsonSchema())).toContain('"format":"uri"');
  });
});
