import { describe, expect, it } from 'vitest';
import { isCommentLine } from './is-comment-line';

describe('isCommentLine', () => {
  it('accepts pingbacks, trackbacks and closed-comments notes', () => {
    for (const line of ['  4. Pingback: Krasse Links No 25. | H I E R', 'Trackback: x', 'Kommentare sind geschlossen.', 'Comments are closed.'])
      expect(isCommentLine(line)).toBe(true);
  });

  it('rejects lines that only mention comments', () => {
    expect(isCommentLine('Die Kommentare sind geschlossen worden, weil es Streit gab.')).toBe(false);
  });
});
