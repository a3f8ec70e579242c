import { describe, expect, it } from 'vitest';
import {
  annotationId,
  buildWebAnnotations,
  serializeWebAnnotations,
  toWebAnnotation,
  type TextualBody,
} from '../../../utils/export';
import { makeExportData } from './generate';

const NOW = '2024-06-01T08:00:00.000Z';

describe('W3C Web Annotation export', () => {
  const data = makeExportData(31, { articles: 4, highlightsPerArticle: 5 });
  const collection = buildWebAnnotations(data, { now: NOW });
  const items = collection.first.items;

  it('is one AnnotationCollection in the Web Annotation JSON-LD context', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.generated).toBe(NOW);
    expect(collection.total).toBe(20);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(items).toHaveLength(20);
  });

  it('makes one Annotation per highlight, targeting the article with quote and position', () => {
    const article = [...data.articles].sort((a, b) => (a.url < b.url ? -1 : 1))[0]!;
    const h = [...article.highlights].sort((a, b) => a.selector.start - b.selector.start)[0]!;
    const first = items[0]!;
    expect(first.id).toBe(`urn:uuid:${h.id}`);
    expect(first.type).toBe('Annotation');
    expect(first.created).toBe(h.createdAt);
    expect(first.modified).toBe(h.updatedAt);
    expect(first.target).toEqual({
      source: article.url,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: h.selector.exact,
          prefix: h.selector.prefix,
          suffix: h.selector.suffix,
        },
        { type: 'TextPositionSelector', start: h.selector.start, end: h.selector.end },
      ],
    });
  });

  it('comments with a plain-text body when the highlight has a note, else only highlights', () => {
    const withNote = items.filter((a) => a.motivation === 'commenting');
    const without = items.filter((a) => a.motivation === 'highlighting');
    expect(withNote.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    for (const a of withNote) {
      expect(a.body).toEqual({
        type: 'TextualBody',
        value: expect.any(String),
        format: 'text/plain',
        purpose: 'commenting',
      });
      expect((a.body as TextualBody).value.trim()).not.toBe('');
    }
    for (const a of without) expect(a).not.toHaveProperty('body');
  });

  it("gives each of a highlight's tags a tagging body, after its note", () => {
    const article = data.articles[0]!;
    const h = { ...article.highlights[0]!, note: '要点', tags: ['芯片', 'to read'] };
    expect(toWebAnnotation(article, h).body).toEqual([
      { type: 'TextualBody', value: '要点', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: '芯片', format: 'text/plain', purpose: 'tagging' },
      { type: 'TextualBody', value: 'to read', format: 'text/plain', purpose: 'tagging' },
    ]);
    const tagsOnly = toWebAnnotation(article, { ...h, note: '', tags: ['芯片'] });
    expect(tagsOnly.motivation).toBe('highlighting');
    expect(tagsOnly.body).toEqual([
      { type: 'TextualBody', value: '芯片', format: 'text/plain', purpose: 'tagging' },
    ]);
    // Control: the same highlight without tags keeps the single note body of earlier releases.
    expect(toWebAnnotation(article, { ...h, tags: undefined }).body).toEqual({
      type: 'TextualBody',
      value: '要点',
      format: 'text/plain',
      purpose: 'commenting',
    });
  });

  it('gives every annotation an IRI as its id', () => {
    expect(annotationId('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(
      'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(annotationId('urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(
      'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
    );
    expect(annotationId('h 1/2')).toBe('urn:x-ai-news-annotator:highlight:h%201%2F2');
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
  });

  it('serializes to the same bytes for the same data', () => {
    const reversed = { articles: [...data.articles].reverse(), links: [...data.links].reverse() };
    expect(serializeWebAnnotations(buildWebAnnotations(reversed, { now: NOW }))).toBe(
      serializeWebAnnotations(collection),
    );
    expect(JSON.parse(serializeWebAnnotations(collection))).toEqual(collection);
  });
});
