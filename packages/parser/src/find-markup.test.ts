import { describe, expect, it } from 'vitest';
import { findMarkup } from './find-markup';

function marked(text: string): string[] {
  return findMarkup(text).map((span) => text.slice(span.start, span.end));
}

describe('findMarkup', () => {
  it('finds known HTML tags, tag characters only', () => {
    const text = 'eine <u>Technologieoffensive</u> und <a href="https://x.org" target=_blank>Link</a><br/>';
    expect(marked(text)).toEqual(['<u>', '</u>', '<a href="https://x.org" target=_blank>', '</a>', '<br/>']);
  });

  it('ignores angle brackets that are not tags', () => {
    expect(marked('a <b and c> d, 3 < 4 > 2, <Name>, <<<FILE>>>')).toEqual([]);
  });

  it('finds HTML comments and autolink brackets', () => {
    expect(marked('x <!-- note --> y <https://www.patreon.com/acTVism>')).toEqual(['<!-- note -->', '<', '>']);
  });

  it('finds the syntax of Markdown links, not the link text', () => {
    expect(marked('Link: [Klicken Sie hier](#) und ![Bild](a.png)')).toEqual(['[', '](#)', '![', '](a.png)']);
    expect(marked('[1] and [not a link] (x)')).toEqual([]);
  });

  it('returns sorted, non-overlapping spans', () => {
    const spans = findMarkup('<u>[a](b)</u> <i>x</i> [c](d)');
    for (let index = 1; index < spans.length; index += 1) {
      expect(spans[index]!.start).toBeGreaterThanOrEqual(spans[index - 1]!.end);
    }
  });
});
