import { describe as group, expect, it } from 'vitest';
import { anchor, anchorAll, anchorWithMethod, describe } from '../../../utils/anchor';
import { SelectorSchema } from '../../../utils/schemas/records';
import { pageBody, rangeOf, textOf } from './helpers';

const INTRO = '<h1>Open models catch up</h1><p>Published today by the newsroom.</p>';
const PARAGRAPHS = [
  'A new open-weights model matched the leading closed systems on several reasoning benchmarks.',
  'Researchers said the training run used far less compute than its rivals, thanks to better data.',
  'Critics warned that benchmark scores do not always reflect how a model behaves in real use.',
  'The company plans to publish the full training recipe, including the data mixture, next month.',
];

function article(paragraphs: string[], before = INTRO): HTMLElement {
  return pageBody(`${before}${paragraphs.map((p) => `<p>${p}</p>`).join('')}`);
}

const QUOTE = 'the training run used far less compute';

group('finding a highlight again', () => {
  it('finds an unchanged passage at its saved position', () => {
    const root = article(PARAGRAPHS);
    const selector = describe(root, rangeOf(root, QUOTE));
    const found = anchorWithMethod(article(PARAGRAPHS), selector);
    expect(found?.method).toBe('position');
    expect(textOf(found?.range)).toBe(QUOTE);
  });

  it('keeps a highlight when the paragraph above it is edited', () => {
    const root = article(PARAGRAPHS);
    const selector = describe(root, rangeOf(root, QUOTE));
    const edited = [
      `${PARAGRAPHS[0]} Update: the lab also released a smaller variant.`,
      ...PARAGRAPHS.slice(1),
    ];
    const found = anchorWithMethod(article(edited), selector);
    expect(found?.method).toBe('quote');
    expect(textOf(found?.range)).toBe(QUOTE);
  });

  it('finds a passage whose own text was slightly edited', () => {
    const root = article(PARAGRAPHS);
    const selector = describe(root, rangeOf(root, PARAGRAPHS[1] as string));
    const rewritten =
      'Researchers said the training run used much less compute than its rivals, thanks to cleaner data.';
    const edited = [PARAGRAPHS[0] as string, rewritten, ...PARAGRAPHS.slice(2)];
    const found = anchorWithMethod(article(edited), selector);
    expect(found?.method).toBe('fuzzy');
    expect(textOf(found?.range)).toBe(rewritten);
  });

  it('leaves a highlight an orphan when its passage was deleted', () => {
    const root = article(PARAGRAPHS);
    const selector = describe(root, rangeOf(root, PARAGRAPHS[2] as string));
    const edited = PARAGRAPHS.filter((_, i) => i !== 2);
    expect(anchorWithMethod(article(edited), selector)).toBeNull();
  });

  it('leaves a short highlight an orphan when only a copy with unrelated context remains', () => {
    const root = article(PARAGRAPHS);
    const selector = describe(root, rangeOf(root, 'Critics'));
    const edited = [...PARAGRAPHS.filter((_, i) => i !== 2), 'Critics of the plan were few.'];
    expect(anchor(article(edited), selector)).toBeNull();
  });

  it('picks the copy of repeated text whose context matches', () => {
    const p = [
      'Early on, the model is fast.',
      'Analysts agree: the model is fast.',
      'In tests, the model is fast.',
    ];
    const root = article(p);
    const selector = describe(root, rangeOf(root, 'the model is fast', 1));
    expect(selector.prefix.endsWith('Analysts agree: ')).toBe(true);
    // Text added above shifts every copy; the saved position now points into another sentence.
    const moved = article(p, `${INTRO}<p>Breaking.</p>`);
    const found = anchorWithMethod(moved, selector);
    expect(found?.method).toBe('quote');
    expect(found?.range.startContainer.textContent).toBe('Analysts agree: the model is fast.');
  });

  it('finds a passage after its whitespace and line breaks changed', () => {
    const root = article(PARAGRAPHS);
    const selector = describe(root, rangeOf(root, PARAGRAPHS[3] as string));
    const reflowed = (PARAGRAPHS[3] as string).replace(/ the /g, '\n      the ');
    const found = anchorWithMethod(article([...PARAGRAPHS.slice(0, 3), reflowed]), selector);
    expect(found?.method).toBe('quote');
    expect(textOf(found?.range)).toBe(reflowed);
  });

  it('finds a passage that spans inline elements', () => {
    const html =
      '<p>The <b>new</b> model, <a href="#">announced <i>on Monday</i></a>, is open.</p>';
    const root = pageBody(html);
    const range = root.ownerDocument.createRange();
    range.setStart(rangeOf(root, 'new').startContainer, 1);
    range.setEnd(rangeOf(root, 'on Monday').startContainer, 2);
    const selector = describe(root, range);
    expect(selector.exact).toBe('ew model, announced on');
    expect(textOf(anchor(pageBody(`<p>Intro.</p>${html}`), selector))).toBe(
      'ew model, announced on',
    );
  });

  it('never splits an emoji or other non-BMP character', () => {
    const root = pageBody('<p>Launch day 🚀🚀 for the 𝒜𝐼 model</p>');
    const text = root.firstChild?.firstChild as Text;
    const range = root.ownerDocument.createRange();
    range.setStart(text, text.data.indexOf('🚀') + 1);
    range.setEnd(text, text.data.indexOf('𝐼') + 1);
    const selector = describe(root, range);
    expect(selector.exact).toBe('🚀🚀 for the 𝒜𝐼');
    const edited = pageBody('<p>Launch day 🚀🚀 for the 𝒜𝐼 model, finally</p>');
    expect(textOf(anchor(edited, selector))).toBe('🚀🚀 for the 𝒜𝐼');
  });

  it('does not split a surrogate pair when the match is approximate', () => {
    const root = article(['Everyone cheered 🎉 when the open model topped the leaderboard today.']);
    const selector = describe(root, rangeOf(root, '🎉 when the open model topped the leaderboard'));
    const edited = article(['Everyone cheered 🎉 as the open model topped the leaderboard today.']);
    const found = anchorWithMethod(edited, selector);
    expect(found?.method).toBe('fuzzy');
    expect(textOf(found?.range)?.startsWith('🎉')).toBe(true);
  });

  it('has no range when the page has no text', () => {
    const root = article(PARAGRAPHS);
    const selector = describe(root, rangeOf(root, QUOTE));
    expect(anchor(pageBody('<img alt="x">'), selector)).toBeNull();
  });
});

group('describing a selection', () => {
  it('saves the quote, 32 chars of context each side and its position, as a valid selector', () => {
    const root = article(PARAGRAPHS);
    const selector = describe(root, rangeOf(root, QUOTE));
    const text = root.textContent ?? '';
    expect(SelectorSchema.parse(selector)).toEqual(selector);
    expect(selector.exact).toBe(QUOTE);
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toHaveLength(32);
    expect(text.slice(selector.start, selector.end)).toBe(QUOTE);
    expect(text.slice(selector.start - 32, selector.end + 32)).toBe(
      selector.prefix + QUOTE + selector.suffix,
    );
  });

  it('counts offsets over visible text only and trims whitespace at the ends', () => {
    const root = pageBody('<script>var a = "noise";</script><p>alpha</p>\n<p> beta gamma </p>');
    const range = rangeOf(root, ' beta gamma ');
    const selector = describe(root, range);
    expect(selector).toMatchObject({ exact: 'beta gamma', prefix: 'alpha\n ', start: 7, end: 17 });
  });

  it('refuses a selection without text', () => {
    const root = pageBody('<p>a</p><p>  </p>');
    const range = rangeOf(root, '  ');
    expect(() => describe(root, range)).toThrow(RangeError);
  });
});

group('anchoring many highlights at once', () => {
  it('returns one result per selector, in order, with how each was found', () => {
    const root = article(PARAGRAPHS);
    const selectors = [QUOTE, 'benchmark scores', PARAGRAPHS[3] as string].map((q) =>
      describe(root, rangeOf(root, q)),
    );
    const edited = article([PARAGRAPHS[0] as string, 'Inserted.', ...PARAGRAPHS.slice(1, 3)]);
    const results = anchorAll(edited, selectors);
    expect(results.map((r) => r?.method ?? null)).toEqual(['quote', 'quote', null]);
    expect(results.map((r) => textOf(r?.range))).toEqual([QUOTE, 'benchmark scores', null]);
  });
});
