import { describe, expect, it } from 'vitest';
import { isCommentsStart } from './is-comments-start';

describe('isCommentsStart', () => {
  it('accepts comment-section headings in German and English', () => {
    for (const line of ['5 Gedanken zu „Krasse Links No 24.', '12 Kommentare', '1 Comment', '3 thoughts on “Post”', '2 Antworten auf „Titel“', 'Kommentare (4)', 'Leave a Reply', 'Schreibe einen Kommentar'])
      expect(isCommentsStart(line)).toBe(true);
  });

  it('rejects ordinary lines that merely count answers or thoughts', () => {
    for (const line of ['3 Antworten auf die wichtigsten Fragen', '5 Gedanken, die mich bewegen', 'Kommentare sind wichtig für uns alle.'])
      expect(isCommentsStart(line)).toBe(false);
  });
});
