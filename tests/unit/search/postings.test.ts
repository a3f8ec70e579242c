import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bucketOf,
  coverGrams,
  coverOffsets,
  forEachGram,
  GRAM_BUCKETS,
  termGrams,
} from '../../../utils/search/grams';
import {
  entriesOf,
  segmentBuilder,
  textsWithChain,
  type GramBucket,
  type GramEntries,
} from '../../../utils/search/postings';

/** The index of one segment of folded texts (text `i` is `texts[i]`). */
function buildSegment(texts: readonly string[]) {
  const builder = segmentBuilder();
  for (const text of texts) builder.add(text);
  return builder.finish();
}

const docsWith = (bucket: GramBucket, gram: number) => entriesOf(bucket, gram).docs;

/** The texts holding `gram`, read the slow way: every pair of every text. */
function holding(texts: string[], gram: number): number[] {
  return texts.flatMap((text, doc) => {
    let found = false;
    forEachGram(text, (g) => (found ||= g === gram));
    return found ? [doc] : [];
  });
}

const pieces = ['大模型', '英伟达', 'gpt5', '芯片', '开源', ' ', '\n', '模', 'ai', '算力'];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));

describe('the gram postings of a segment', () => {
  it('list, for every gram, exactly the texts that hold it', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 40 }), (texts) => {
        const segment = buildSegment(texts);
        const grams = new Set<number>();
        for (const t of texts) forEachGram(t, (g) => grams.add(g));
        for (const gram of grams) {
          const bucket = segment.get(bucketOf(gram));
          expect(bucket ? docsWith(bucket, gram) : []).toEqual(holding(texts, gram));
        }
        // A gram no text has is found nowhere (the positive control is the loop above).
        const absent = termGrams('鲸鱼')![0]!;
        const bucket = segment.get(bucketOf(absent));
        expect(bucket ? docsWith(bucket, absent) : []).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('keep text numbers past one byte of gap (thousands of texts)', () => {
    const texts = Array.from({ length: 40_000 }, (_, i) => (i % 997 === 0 ? '稀有词' : '常见'));
    const segment = buildSegment(texts);
    const rare = termGrams('稀有')![0]!;
    const common = termGrams('常见')![0]!;
    expect(docsWith(segment.get(bucketOf(rare))!, rare)).toEqual(holding(texts, rare));
    expect(docsWith(segment.get(bucketOf(common))!, common)).toHaveLength(
      texts.filter((t) => t === '常见').length,
    );
  });

  it('never pair a character across whitespace, and spread grams over every bucket', () => {
    expect(termGrams('a b')).toBeNull();
    expect(termGrams('模')).toBeNull();
    expect(termGrams('模型')).toHaveLength(1);
    expect(termGrams('aaaa')).toHaveLength(3); // one for each offset, repeats kept
    const seen = new Set<number>();
    for (let c = 0x4e00; c < 0x4e00 + 40_000; c++) seen.add(bucketOf((c << 16) | 0x4e00));
    expect(seen.size).toBe(GRAM_BUCKETS);
  });

  it('find a term only where its pairs follow each other, as `includes` does', () => {
    fc.assert(
      fc.property(
        fc.array(textArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.constantFrom(...pieces.filter((p) => p.trim())), {
          minLength: 1,
          maxLength: 3,
        }),
        (texts, parts) => {
          const term = parts.join('');
          const chain = termGrams(term);
          if (!chain) return;
          const segment = buildSegment(texts);
          // Only the covering grams are read (as the kept index reads them).
          const entries = new Map<number, GramEntries>();
          for (const gram of coverGrams(chain)) {
            const bucket = segment.get(bucketOf(gram));
            if (bucket) entries.set(gram, entriesOf(bucket, gram));
          }
          const expected = texts.flatMap((t, doc) => (t.includes(term) ? [doc] : []));
          expect(textsWithChain(chain, entries)).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('cover every character of a term with every other gram and the last', () => {
    expect([1, 2, 3, 4, 8].map(coverOffsets)).toEqual([
      [0],
      [0, 1],
      [0, 2],
      [0, 2, 3],
      [0, 2, 4, 6, 7],
    ]);
    // 端侧部署的轻量高效: 8 grams, 5 read; each character is in one of them.
    const chain = termGrams('端侧部署的轻量高效')!;
    expect(chain).toHaveLength(8);
    expect(coverGrams(chain)).toEqual([chain[0], chain[2], chain[4], chain[6], chain[7]]);
    // A text with the covering grams at other distances does not hold the term.
    const segment = buildSegment([
      '端侧部署的轻量高效',
      '端侧部署 的轻量高效',
      '端侧部署的轻量 高效',
    ]);
    const entries = new Map<number, GramEntries>();
    for (const gram of coverGrams(chain)) {
      const bucket = segment.get(bucketOf(gram));
      if (bucket) entries.set(gram, entriesOf(bucket, gram));
    }
    expect(textsWithChain(chain, entries)).toEqual([0]);
  });

  it('read texts whose positions take several bytes each (long bodies)', () => {
    const pad = (n: number) => '空'.repeat(n);
    const texts = [
      `模型${pad(200)}模型${pad(20_000)}模型芯片`,
      `芯片${pad(300)}模型`,
      `${pad(17_000)}模型芯片`,
    ];
    const segment = buildSegment(texts);
    for (const term of ['模型', '芯片', '模型芯片', '空模', '片空']) {
      const chain = termGrams(term)!;
      const entries = new Map<number, GramEntries>();
      for (const gram of chain) {
        const bucket = segment.get(bucketOf(gram));
        if (bucket) entries.set(gram, entriesOf(bucket, gram));
      }
      const expected = texts.flatMap((t, doc) => (t.includes(term) ? [doc] : []));
      expect(textsWithChain(chain, entries), term).toEqual(expected);
    }
  });

  it('do not take pairs far apart for the term (the numbers of an id)', () => {
    const texts = ['body-marker-1512 正文', 'body-marker-12 正文', '12 and marker-1'].map((t) =>
      t.replace(/-/gu, ''),
    );
    const segment = buildSegment(texts);
    const chain = termGrams('bodymarker12')!;
    const entries = new Map<number, GramEntries>();
    for (const gram of chain) entries.set(gram, entriesOf(segment.get(bucketOf(gram))!, gram));
    // Text 0 holds every pair of the term (r1 and 12 included), but not together.
    for (const gram of chain) expect(entries.get(gram)!.docs).toContain(0);
    expect(textsWithChain(chain, entries)).toEqual([1]);
  });
});
