import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeSentence, getAnalyzer } from '../test/helpers.js';
import { loadLexicons } from './load-lexicons.js';
import { detectLexiconFormat, readLexicon, readTargets } from './node.js';
import { scoreSentence } from './score-sentence.js';

const fixture = (name: string) => fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));

beforeAll(async () => {
  await getAnalyzer();
});

describe('readLexicon', () => {
  it('detects the format from the extension', () => {
    expect(detectLexiconFormat('a/b.yaml')).toBe('yaml');
    expect(detectLexiconFormat('x.YML')).toBe('yaml');
    expect(detectLexiconFormat('x.tsv')).toBe('table');
    expect(detectLexiconFormat('SentiWS_v2.0_Positive.txt')).toBe('sentiws');
  });

  it('reads SentiWS text, CSV, TSV and YAML files with file:line warnings', async () => {
    const sentiws = await readLexicon(fixture('user-sentiws.txt'));
    expect(sentiws.lexicon.entries.get('freundlichen')).toBe(0.4);
    expect(sentiws.warnings).toEqual([expect.objectContaining({ file: fixture('user-sentiws.txt'), line: 3 })]);
    expect((await readLexicon(fixture('user-table.csv'))).lexicon.entries.get('prima')).toBe(1);
    expect((await readLexicon(fixture('user-table.tsv'))).lexicon.entries.get('beschissen')).toBe(-0.9);
    expect((await readLexicon(fixture('user-table.csv'), { scale: 8 })).lexicon.entries.get('prima')).toBe(0.5);
    const yaml = await readLexicon(fixture('user-dictionary.yml'), { name: 'lsd', weight: 0.4 });
    expect(yaml.lexicon.entries.get('mies')).toBe(-0.4);
    expect(yaml.lexicon.name).toBe('lsd');
  });

  it('feeds loadLexicons so user terms score and win', async () => {
    const { lexicon } = await readLexicon(fixture('user-dictionary.yml'));
    const lexicons = await loadLexicons({ lexicons: [lexicon] });
    const result = scoreSentence(await analyzeSentence('Das Essen war nicht prima.'), lexicons);
    expect(result.contributions).toEqual([
      expect.objectContaining({ term: 'nicht prima', weight: -0.5, rule: 'lexicon', source: lexicon.name }),
    ]);
    const wildcard = scoreSentence(await analyzeSentence('Die Stimmung war toller als gedacht.'), lexicons);
    expect(wildcard.contributions[0]).toMatchObject({ term: 'toller', match: 'toll*' });
  });

  it('throws SentimentError for a missing file', async () => {
    await expect(readLexicon(fixture('missing.csv'))).rejects.toMatchObject({ code: 'LEXICON_LOAD_FAILED' });
  });
});

describe('readTargets', () => {
  it('reads a targets file', async () => {
    const targets = await readTargets(fixture('targets.json'));
    expect(targets.map((target) => target.name)).toEqual(['USA', 'China', 'Russland']);
  });

  it('names the file in errors', async () => {
    await expect(readTargets(fixture('user-table.csv'))).rejects.toMatchObject({
      code: 'TARGETS_PARSE_FAILED',
      file: fixture('user-table.csv'),
    });
  });
});
