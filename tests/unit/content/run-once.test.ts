import { describe, expect, it } from 'vitest';
import { claimOnce } from '../../../utils/content/run-once';

describe('a script injected twice', () => {
  it('runs once per page and script, on a property the page cannot preset', () => {
    const scope = {};
    expect(claimOnce(scope, 'checker')).toBe(true);
    expect(claimOnce(scope, 'checker')).toBe(false);
    expect(claimOnce(scope, 'annotator')).toBe(true); // another script is its own
    const descriptor = Object.getOwnPropertyDescriptor(scope, '__aiNewsAnnotatorRan_checker');
    expect(descriptor).toMatchObject({ value: true, writable: false, enumerable: false });
  });

  it('is not fooled by a name showing through the prototype (an element named so)', () => {
    const proto = { __aiNewsAnnotatorRan_checker: {} };
    const scope = Object.create(proto) as object;
    expect('__aiNewsAnnotatorRan_checker' in scope).toBe(true);
    expect(claimOnce(scope, 'checker')).toBe(true);
    expect(claimOnce(scope, 'checker')).toBe(false);
  });
});
