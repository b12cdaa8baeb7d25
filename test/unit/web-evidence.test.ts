import { describe, expect, it } from 'vitest';
import { nextIndex, reviewKey } from '../../web/src/features/evidence/review-keys.js';
import { readUploadAnswer } from '../../web/src/features/evidence/upload.js';

describe('the review view\'s keyboard and upload answer', () => {
  it('maps j/k/arrows to moving and a/r to deciding, within the list', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'a', 'r', 'x'].map(reviewKey)).toEqual(['next', 'next', 'previous', 'previous', 'accept', 'reject', null]);
    expect(nextIndex(0, 'previous', 3)).toBe(0);
    expect(nextIndex(2, 'next', 3)).toBe(2);
    expect(nextIndex(1, 'next', 3)).toBe(2);
    expect(nextIndex(4, 'next', 0)).toBe(0);
  });
  it('reads the upload\'s answer, and a refusal without a body', () => {
    expect(readUploadAnswer(422, { ok: false, error: 'a.xml (line 3, column 1): ends before the XML is complete', report: 'a.xml: rejected' })).toMatchObject({ ok: false, error: 'a.xml (line 3, column 1): ends before the XML is complete' });
    expect(readUploadAnswer(413, null)).toMatchObject({ ok: false, error: 'The file is larger than the upload limit.' });
    expect(readUploadAnswer(200, { ok: true, works: 3, newNames: 1, suggestions: { created: 2, updated: 0 }, error: null, report: 'r' })).toMatchObject({ ok: true, works: 3, error: null });
  });
});
