import { describe, expect, it } from 'vitest';
import { parseDictionaryYaml } from './parse-dictionary-yaml.js';

describe('parseDictionaryYaml', () => {
  it('reads positive/negative lists, negated forms and wildcards', () => {
    const { lexicon, warnings } = parseDictionaryYaml(
      'positive:\n  - prima\n  - toll*\nnegative: [mies]\nneg_positive:\n  - nicht prima\nneg_negative:\n  - nicht mies\nother: [egal]\n',
    );
    expect(Object.fromEntries(lexicon.entries)).toEqual({ prima: 0.5, mies: -0.5, 'nicht prima': -0.5, 'nicht mies': 0.5 });
    expect(Object.fromEntries(lexicon.prefixes ?? [])).toEqual({ toll: 0.5 });
    expect(warnings).toEqual([expect.objectContaining({ code: 'DICTIONARY_KEY_IGNORED' })]);
  });

  it('accepts one level of nesting and a custom weight', () => {
    const { lexicon } = parseDictionaryYaml('sentiment:\n  pos: [good]\n  neg: [bad]\n', { lang: 'en', weight: 0.8 });
    expect(Object.fromEntries(lexicon.entries)).toEqual({ good: 0.8, bad: -0.8 });
    expect(lexicon.lang).toBe('en');
  });

  it('throws SentimentError for text that is not a YAML mapping', () => {
    expect(() => parseDictionaryYaml('- a\n- b\n', { file: 'd.yml' })).toThrowError(
      expect.objectContaining({ code: 'LEXICON_PARSE_FAILED', file: 'd.yml' }),
    );
    expect(() => parseDictionaryYaml('positive: [a\n')).toThrowError(expect.objectContaining({ code: 'LEXICON_PARSE_FAILED' }));
  });
});
