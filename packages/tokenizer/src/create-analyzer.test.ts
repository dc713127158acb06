import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { type Analyzer, createAnalyzer } from './create-analyzer.js';

let lemma: Analyzer;

beforeAll(async () => {
  lemma = await createAnalyzer({ lemmas: 'lemma', compounds: true });
});

function lemmaOf(analyzer: Analyzer, text: string, word: string, lang?: string): string | undefined {
  const result = analyzer.analyze({ text, lang: lang ?? null });
  return result.sentences.flatMap((s) => s.tokens).find((t) => t.text === word)?.lemma;
}

const germanLemmas: Array<[sentence: string, word: string, expected: string]> = [
  ['Die Zölle steigen weiter.', 'Zölle', 'zoll'],
  ['Das Ende des Krieges ist nah.', 'Krieges', 'krieg'],
  ['Das sind die größten Vorkommen.', 'größten', 'groß'],
  ['Er verhandelt mit Russland.', 'verhandelt', 'verhandeln'],
  ['Sie ging nach Hause.', 'ging', 'gehen'],
  ['Wir waren dort.', 'waren', 'sein'],
  ['Die Häuser sind alt.', 'Häuser', 'haus'],
  ['Es kam schneller als gedacht.', 'schneller', 'schnell'],
  ['Das war die beste Lösung.', 'beste', 'gut'],
  ['Sie haben verhandelt und gekommen ist keiner.', 'gekommen', 'kommen'],
  ['Die Steuersenkungen kommen.', 'Steuersenkungen', 'steuersenkung'],
  ['Die Durchführungsverordnungen gelten.', 'Durchführungsverordnungen', 'durchführungsverordnung'],
  ['Die neoliberalen Modelle scheitern.', 'neoliberalen', 'neoliberal'],
  ['Er gewann einen Mini-Handelskrieg.', 'Mini-Handelskrieg', 'mini-handelskrieg'],
  ['Die russischen Sanktionen wirken.', 'Sanktionen', 'sanktion'],
  ['Das war Trumps Plan.', 'Trumps', 'trump'],
  ['Chinas Anteil sank.', 'Chinas', 'china'],
  ['Die Kommerzialisierungen nehmen zu.', 'Kommerzialisierungen', 'kommerzialisierung'],
  ['Er nutzt Google täglich.', 'Google', 'google'],
  ['Die NATO tagte.', 'NATO', 'nato'],
  ['Schließlich kam er doch.', 'Schließlich', 'schließlich'],
  ['Sie wollen hinausgehen.', 'hinausgehen', 'hinausgehen'],
  ['Besseren Lösungen folgen.', 'Besseren', 'gut'],
  ['Das ist für alle gut.', 'für', 'für'],
  ['Das ist für alle gut.', 'ist', 'sein'],
  ['Sie hat eine Idee.', 'eine', 'ein'],
  ['Die Idee kam spät.', 'Die', 'der'],
  ['Er hat die Macht.', 'Macht', 'macht'],
  ['Die gesamten Kosten steigen.', 'gesamten', 'gesamt'],
  ['Wir können immer gewinnen.', 'können', 'können'],
];

const englishLemmas: Array<[sentence: string, word: string, expected: string]> = [
  ['The children were playing outside all day.', 'children', 'child'],
  ['The children were playing outside all day.', 'were', 'be'],
  ['She went home after the long meeting.', 'went', 'go'],
  ['They negotiated new tariffs with the government.', 'negotiated', 'negotiate'],
  ['They negotiated new tariffs with the government.', 'tariffs', 'tariff'],
  ['Many countries rejected the agreement yesterday.', 'countries', 'country'],
  ['We discussed Russia’s door with the other delegates.', 'Russia’s', 'russia'],
  ['The governments’ plans were better than expected.', 'better', 'good'],
];

describe('createAnalyzer with lemmas', () => {
  it.each(germanLemmas)('German: %s → %s = %s', (sentence, word, expected) => {
    expect(lemmaOf(lemma, sentence, word, 'de')).toBe(expected);
  });

  it.each(englishLemmas)('English: %s → %s = %s', (sentence, word, expected) => {
    expect(lemmaOf(lemma, sentence, word, 'en')).toBe(expected);
  });

  it('gives a possessive the lemma of its word, whichever comes first', async () => {
    const fresh = await createAnalyzer({ lemmas: 'lemma' });
    const text = "The nation's children grew up. The nation was young. The children's games lasted.";
    const words = fresh.analyze({ text, lang: 'en' }).sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'word'));
    const lemmaOfWord = (w: string) => words.filter((t) => t.text === w).map((t) => t.lemma);
    expect(lemmaOfWord("nation's")).toEqual(['nation']);
    expect(lemmaOfWord('nation')).toEqual(['nation']);
    expect(lemmaOfWord("children's")).toEqual(['child']);
    expect(lemmaOfWord('children')).toEqual(['child']);
  });

  it('loads lemma resources only for the languages asked for; the others get stems as lemmas', async () => {
    const english = await createAnalyzer({ lemmas: 'lemma', languages: ['en'] });
    const words = (analyzer: typeof english, text: string, lang: 'de' | 'en') =>
      analyzer.analyze({ text, lang }).sentences[0]!.tokens.filter((t) => t.kind === 'word');
    expect(words(english, 'The children went home.', 'en').map((t) => t.lemma)).toEqual(['the', 'child', 'go', 'home']);
    const german = words(english, 'Die Kinder gingen nach Hause.', 'de');
    expect(german.map((t) => t.lemma)).toEqual(german.map((t) => t.stem));
    expect(german[2]!.lemma).not.toBe('gehen');
    const germanOnly = await createAnalyzer({ lemmas: 'lemma', languages: ['de'] });
    expect(words(germanOnly, 'Die Kinder gingen nach Hause.', 'de')[2]!.lemma).toBe('gehen');
    const english2 = words(germanOnly, 'The children went home.', 'en');
    expect(english2.map((t) => t.lemma)).toEqual(english2.map((t) => t.stem));
  });

  it('sets stems next to lemmas', () => {
    const token = lemma.analyze({ text: 'Die Zölle steigen.', lang: 'de' }).sentences[0]!.tokens[1]!;
    expect(token).toMatchObject({ text: 'Zölle', lemma: 'zoll', stem: 'zoll', stopword: false });
  });

  it('splits German compound nouns when asked', () => {
    const tokens = lemma.analyze({ text: 'Die Durchführungsverordnungen zur Zollpolitik.', lang: 'de' }).sentences[0]!.tokens;
    expect(tokens[1]!.compound).toEqual(['durchführung', 'verordnung']);
    expect(tokens[3]!.compound).toEqual(['zoll', 'politik']);
    expect(tokens[0]!.compound).toBeUndefined();
  });
});

describe('analyze', () => {
  it('returns stems as lemmas in stem mode', async () => {
    const result = await analyze('Die Zölle des Krieges.', { lemmas: 'stem' });
    const words = result.sentences[0]!.tokens.filter((t) => t.kind === 'word');
    expect(words.map((t) => t.lemma)).toEqual(['die', 'zoll', 'des', 'krieg']);
    expect(words.map((t) => t.stem)).toEqual(['die', 'zoll', 'des', 'krieg']);
  });

  it('sets neither lemma nor stem in none mode', async () => {
    const result = await analyze('Die Zölle.', { lemmas: 'none' });
    expect(result.sentences[0]!.tokens[1]).toEqual({
      text: 'Zölle',
      start: 4,
      end: 9,
      kind: 'word',
      norm: 'zölle',
      stopword: false,
    });
  });

  it('flags stopwords by the sentence language', async () => {
    const result = await analyze('Das ist nicht gut.\n\nThis is not good at all.', { lemmas: 'none' });
    const [de, en] = result.sentences;
    expect(de!.lang).toBe('de');
    expect(en!.lang).toBe('en');
    expect(de!.tokens.map((t) => t.stopword)).toEqual([true, true, true, true, false]);
    expect(en!.tokens.find((t) => t.norm === 'this')!.stopword).toBe(true);
  });

  it('numbers lines from 1 within the document text', async () => {
    const result = await analyze('Erste Zeile.\n\nZweiter Absatz. Noch ein Satz.\nDritte Zeile', { lemmas: 'none' });
    expect(result.sentences.map((s) => [s.text, s.line])).toEqual([
      ['Erste Zeile.', 1],
      ['Zweiter Absatz.', 3],
      ['Noch ein Satz.', 3],
      ['Dritte Zeile', 4],
    ]);
  });

  it('never lets a sentence cross a segment boundary and labels the segment', async () => {
    const text = 'Er sagte: Das ist gut und richtig so';
    const result = await analyze(
      {
        text,
        segments: [
          { kind: 'body', start: 0, end: 10 },
          { kind: 'quote', start: 10, end: text.length },
        ],
      },
      { lemmas: 'none' },
    );
    expect(result.sentences.map((s) => [s.text, s.segment])).toEqual([
      ['Er sagte:', 'body'],
      ['Das ist gut und richtig so', 'quote'],
    ]);
  });

  it('skips markup segments without breaking the sentence around them', async () => {
    const text = 'Eine <u>chinesische Analyse</u> von Chen.';
    const result = await analyze(
      {
        text,
        segments: [
          { kind: 'body', start: 0, end: 5 },
          { kind: 'markup', start: 5, end: 8 },
          { kind: 'body', start: 8, end: 27 },
          { kind: 'markup', start: 27, end: 31 },
          { kind: 'body', start: 31, end: text.length },
        ],
      },
      { lemmas: 'none' },
    );
    expect(result.sentences).toHaveLength(1);
    expect(result.sentences[0]!.text).toBe(text);
    expect(result.sentences[0]!.tokens.map((t) => t.text)).toEqual(['Eine', 'chinesische', 'Analyse', 'von', 'Chen', '.']);
  });

  it('uses the document language as prior for short sentences', async () => {
    for (const text of ['Putin?', 'OK.', 'Stargate.']) {
      const de = await analyze({ text, lang: 'de' }, { lemmas: 'none' });
      expect(de.sentences[0]!.lang).toBe('de');
      const en = await analyze({ text, lang: 'en' }, { lemmas: 'none' });
      expect(en.sentences[0]!.lang).toBe('en');
    }
  });

  it('uses neighbouring sentences as context for short ones', async () => {
    const text =
      'Berezovsky was an intelligent, ruthless and cynical man, who had lived in the Soviet Union. Of course, he was wrong. Power lay in the hands of the man in the Kremlin, where it always had.';
    const result = await analyze({ text, lang: 'de' }, { lemmas: 'none' });
    expect(result.sentences.map((s) => s.lang)).toEqual(['en', 'en', 'en']);
  });

  it('analyses an empty document', async () => {
    expect(await analyze('', { lemmas: 'none' })).toEqual({ lang: 'other', sentences: [] });
    expect(await analyze({ text: '  ', lang: 'de' }, { lemmas: 'none' })).toEqual({ lang: 'de', sentences: [] });
  });

  it('rejects an unknown lemma mode', async () => {
    await expect(createAnalyzer({ lemmas: 'roots' as never })).rejects.toMatchObject({ code: 'INVALID_OPTION' });
  });
});
