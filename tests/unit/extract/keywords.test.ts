import { describe, expect, it } from 'vitest';
import { cleanKeywords, findKeywords, segmentWords, wordKeywords } from '@/utils/extract/keywords';

/** A line's keywords as the saved article gets them: found on the page, split by the extension. */
function splitKeywords(text: string): string[] {
  const found = findKeywords(text);
  return Array.isArray(found) ? found : wordKeywords(found.runTogether);
}

describe('a keywords line splits into keywords', () => {
  it.each([
    ['spaces', '苹果 AI 人才', ['苹果', 'AI', '人才']],
    ['ASCII commas', '苹果,AI,人才', ['苹果', 'AI', '人才']],
    ['full-width commas', '苹果\uff0cAI\uff0c人才', ['苹果', 'AI', '人才']],
    ['ideographic commas', '14、Ai、挖走', ['14', 'Ai', '挖走']],
    ['semicolons', '苹果;AI;人才流失', ['苹果', 'AI', '人才流失']],
    ['full-width semicolons', '苹果\uff1bAI', ['苹果', 'AI']],
    ['bars', 'OpenAI | Meta | Apple', ['OpenAI', 'Meta', 'Apple']],
    ['full-width bars', 'OpenAI\uff5cMeta', ['OpenAI', 'Meta']],
    ['NBSP and U+3000', '苹果\u00a0AI\u3000人才', ['苹果', 'AI', '人才']],
    ['mixed separators and empties', ' 苹果 ,, AI、、 ', ['苹果', 'AI']],
    ['a short run-together word stays whole', '人工智能', ['人工智能']],
  ])('%s', (_name, text, want) => {
    expect(splitKeywords(text)).toEqual(want);
  });

  it('splits the seed’s run-together keywords with Intl.Segmenter', () => {
    // Node 20's ICU segments `14Ai挖走离职骨干` as 14Ai | 挖走 | 离职 | 骨干: digits and Latin
    // letters form one word, the Chinese part splits into two-character words.
    expect(segmentWords('14Ai挖走离职骨干')).toEqual(['14Ai', '挖走', '离职', '骨干']);
    expect(splitKeywords('14Ai挖走离职骨干')).toEqual(['14Ai', '挖走', '离职', '骨干']);
  });

  it('keeps only word-like segments and drops repeats', () => {
    expect(splitKeywords('苹果苹果离职离职骨干')).toEqual(['苹果', '离职', '骨干']);
  });

  it('drops duplicates regardless of case and caps count and length', () => {
    expect(cleanKeywords(['AI', 'ai', ' Ai '])).toEqual(['AI']);
    const many = Array.from({ length: 300 }, (_, i) => `k${i}`);
    expect(cleanKeywords(many)).toHaveLength(200);
    expect(cleanKeywords(['x'.repeat(500)])[0]).toHaveLength(200);
  });

  it('gives nothing for an empty line', () => {
    expect(splitKeywords(' \u00a0 ')).toEqual([]);
  });
});
