import { describe, expect, it } from 'vitest';
import { parseSentiws } from './parse-sentiws.js';

describe('parseSentiws', () => {
  it('reads lemmas and inflections of the SentiWS text format', () => {
    const { lexicon, warnings } = parseSentiws('Abscheu|NN\t-0.5\tAbscheus\r\nfreundlich|ADJX\t0.4\tfreundliche,freundlichen\n');
    expect(Object.fromEntries(lexicon.entries)).toEqual({
      abscheu: -0.5,
      abscheus: -0.5,
      freundlich: 0.4,
      freundliche: 0.4,
      freundlichen: 0.4,
    });
    expect(warnings).toEqual([]);
    expect(lexicon).toMatchObject({ name: 'sentiws-file', lang: 'de' });
  });

  it('accepts a line without inflections and reports broken lines with their number', () => {
    const { lexicon, warnings } = parseSentiws('gut|ADJX\t0.37\n\nkaputt\nmies|ADJX\tviel\n', { file: 'x.txt' });
    expect(lexicon.entries.get('gut')).toBe(0.37);
    expect(warnings.map((warning) => [warning.line, warning.file, warning.code])).toEqual([
      [3, 'x.txt', 'LEXICON_LINE_SKIPPED'],
      [4, 'x.txt', 'LEXICON_LINE_SKIPPED'],
    ]);
  });
});
