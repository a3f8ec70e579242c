import { z } from 'zod';
import { ExportFileSchema, HttpUrl, SelectorSchema } from '../schemas';

export const EXPORT_SCHEMA_ID = 'urn:ai-news-annotator:export-file:v1';

/**
 * The export file contract as JSON Schema (draft 2020-12), generated from the zod schema that
 * import checks with. Checks JSON Schema cannot express (http(s) URLs, a selector's end not
 * before its start, unique urls and ids) are stated in descriptions.
 */
export function exportJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ExportFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === HttpUrl) {
        jsonSchema.format = 'uri';
        jsonSchema.description = 'An absolute http: or https: URL.';
      } else if (zodSchema === SelectorSchema) {
        jsonSchema.description =
          'W3C TextQuoteSelector and TextPositionSelector (UTF-16 offsets); end is not before start.';
      }
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: EXPORT_SCHEMA_ID,
    title: 'AI News Annotator export file',
    description:
      'Saved articles with their highlights and notes, and related links. Article urls, link urls ' +
      'and highlight ids are each unique within a file.',
    ...rest,
  };
}
