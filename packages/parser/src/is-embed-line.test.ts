import { describe, expect, it } from 'vitest';
import { isEmbedLine } from './is-embed-line';

describe('isEmbedLine', () => {
  it('finds tweet traces anywhere in a line', () => {
    expect(isEmbedLine('text https://t.co/XGiBwhs8F8 pic.twitter.com/ZNaonsuWKP')).toBe(true);
    expect(isEmbedLine('— Sputnik (@SputnikInt) November 8, 2024')).toBe(true);
    expect(isEmbedLine('— Jane (@jane) 8. November 2024')).toBe(true);
  });

  it('takes a post address only when it is the whole line', () => {
    expect(isEmbedLine('https://twitter.com/jane/status/1234')).toBe(true);
    expect(isEmbedLine('<https://www.youtube.com/watch?v=abc>')).toBe(true);
    expect(isEmbedLine('Siehe https://www.youtube.com/watch?v=abc im Text')).toBe(false);
  });

  it('ignores handles without a signature', () => {
    expect(isEmbedLine('Schreiben Sie an (@redaktion)')).toBe(false);
    expect(isEmbedLine('Eine Zeile ohne alles')).toBe(false);
  });
});
