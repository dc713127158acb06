import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OWN_TEXT_KINDS, parseCorpus, parseManifest, type CorpusDocument, type SegmentKind, validateSegments } from '../src/index';

const corpus = readFileSync(new URL('../../../seeds/corpus.txt', import.meta.url), 'utf8');
const manifest = parseManifest(readFileSync(new URL('../../../seeds/metadata.csv', import.meta.url), 'utf8'), {
  format: 'csv',
  path: 'seeds/metadata.csv',
});
const plain = parseCorpus(corpus, { path: 'seeds/corpus.txt' });
const withManifest = parseCorpus(corpus, { path: 'seeds/corpus.txt', manifest });

function document(index: number, parsed = plain): CorpusDocument {
  return parsed.documents[index]!;
}

/** The texts of the segments of one kind. */
function texts(entry: CorpusDocument, kind: SegmentKind): string[] {
  return entry.segments.filter((segment) => segment.kind === kind).map((segment) => entry.text.slice(segment.start, segment.end));
}

/** All text of the given kinds, in order. */
function joined(entry: CorpusDocument, kinds: readonly SegmentKind[]): string {
  return entry.segments
    .filter((segment) => kinds.includes(segment.kind))
    .map((segment) => entry.text.slice(segment.start, segment.end))
    .join('');
}

describe('seeds/corpus.txt', () => {
  it('has five documents, no warnings, valid segments, and the line each text begins on', () => {
    expect(plain.warnings).toEqual([]);
    expect(plain.documents.map((entry) => [entry.name, entry.source.line])).toEqual([
      ['000_e3936dc773c77806.txt', 2],
      ['001_07e808b765e234ab.txt', 122],
      ['002_5e7103ed1d3ef773.txt', 194],
      ['003_5e32a06a47eb092c.txt', 240],
      ['004_62246d567385185b.txt', 411],
    ]);
    for (const entry of [...plain.documents, ...withManifest.documents]) {
      expect(validateSegments(entry.segments, entry.text.length)).toEqual([]);
      expect(entry.source.path).toBe('seeds/corpus.txt');
    }
  });

  it('000: `date 2025-01 Von Pepe Escobar` header, the embedded tweet as embed', () => {
    const entry = document(0);
    expect([entry.author, entry.date, entry.title]).toEqual(['Pepe Escobar', '2025-01', null]);
    expect(entry.provenance).toEqual({ author: 'header', date: 'header', title: 'none', lang: 'none' });
    expect(texts(entry, 'header')).toEqual([' date 2025-01 Von Pepe Escobar\n\n']);
    const [embed, ...more] = texts(entry, 'embed');
    expect(more).toEqual([]);
    expect(embed).toMatch(/^💬PEPE ESCOBAR: PUTIN SENT TRUMP/);
    expect(embed).toContain('Brazilian geopolitical analyst, Sputnik columnist Pepe Escobar:');
    expect(embed).toContain('https://t.co/XGiBwhs8F8 pic.twitter.com/ZNaonsuWKP — Sputnik (@SputnikInt) November 8, 2024');
    expect(joined(entry, OWN_TEXT_KINDS)).toContain('Übersetzung von „X“: PEPE ESCOBAR: PUTIN HAT TRUMP');
    expect(texts(entry, 'heading').map((text) => text.trim())).toEqual([
      'Zufriedenheit … kam in einer Kettenreaktion',
      'Ich konnte nicht genug bekommen, also musste ich mich selbst zerstören',
      'Ich hörte jemanden sagen (Burning Burning) brenne das Mutterhaus nieder',
    ]);
    for (const kind of ['boilerplate', 'comments', 'footnote', 'quote', 'list', 'markup'] as const) expect(texts(entry, kind)).toEqual([]);
  });

  it('001: title, `14. November 2025 | Pepe Escobar`, <u> tags as markup, the ¹ footnote', () => {
    const entry = document(1);
    expect([entry.author, entry.date, entry.title]).toEqual([
      'Pepe Escobar',
      '2025-11-14',
      'Warum die Handels- und Technikkarten in China hergestellt werden',
    ]);
    expect(entry.provenance).toEqual({ author: 'header', date: 'header', title: 'header', lang: 'none' });
    expect(texts(entry, 'title')).toEqual(['Warum die Handels- und Technikkarten in China hergestellt werden\n\n']);
    expect(texts(entry, 'header')).toEqual(['14. November 2025 | Pepe Escobar\n\n']);
    // The subtitle stays the author's text.
    expect(texts(entry, 'body')[0]).toMatch(/^Das Zielen auf Verbündete/);
    const markup = texts(entry, 'markup');
    expect(new Set(markup)).toEqual(new Set(['<u>', '</u>']));
    expect(markup).toHaveLength((entry.text.match(/<\/?u>/g) ?? []).length);
    expect(joined(entry, OWN_TEXT_KINDS)).not.toMatch(/<\/?u>/);
    expect(texts(entry, 'footnote')).toEqual(['¹ CIPS: Cross-Border Inter-Bank Payments System; chinesische Alternative zu SWIFT\n\n']);
    expect(texts(entry, 'heading').map((text) => text.trim())).toEqual([
      'Die Entkopplung zwischen China und den USA',
      'Chinas 15. Fünfjahresplan',
      'Die US-Schuldenkrise',
      'Der SWIFT-Faktor',
      'Ein neuer Weg der Globalisierung mit China im Zentrum?\n\nDie Saga um Seltene Erden',
      'Die KI-Blase',
      'MAGA: das magisch-global-aggressive Modell',
    ]);
  });

  it('002: transcript title, disclaimer and speaker label; ENDE and the donation block as boilerplate', () => {
    const entry = document(2);
    expect([entry.author, entry.date, entry.title]).toEqual([
      'Yanis Varoufakis',
      null,
      'Varoufakis über Chinas KI DeepSeek und den neuen Kalten Krieg',
    ]);
    expect(texts(entry, 'header')).toEqual(['Yanis Varoufakis: ']);
    const boilerplate = joined(entry, ['boilerplate', 'markup']);
    expect(boilerplate).toMatch(/^Das Transkript gibt möglicherweise/);
    for (const part of ['ENDE', 'Vielen Dank, dass Sie diese Abschrift gelesen haben', 'BANKKONTO:', 'IBAN: DE89430609678224073600', 'PAYPAL:', 'PayPal@acTVism.org', 'PATREON:', '<https://www.patreon.com/acTVism>', 'BETTERPLACE:', 'Der Verein acTVism Munich e.V. ist ein gemeinnütziger'])
      expect(boilerplate).toContain(part);
    const own = joined(entry, OWN_TEXT_KINDS);
    expect(own).toContain('Hallo, ich bin Yanis Varoufakis');
    expect(own).toContain('Problemen. Es wird keine Firewall geben');
    expect(own).not.toMatch(/IBAN|PayPal|ENDE\n|Transkript gibt/);
    // The trailer runs to the end of the text.
    expect(entry.segments.at(-1)!.kind).toBe('boilerplate');
    expect(texts(entry, 'markup')).toEqual(['<', '>', '[', '](#)']);
  });

  it('003: title, English quotations as quote, the German list, the comment section', () => {
    const entry = document(3);
    expect([entry.author, entry.date, entry.title]).toEqual([null, null, 'Krasse Links No 24.']);
    expect(entry.provenance).toEqual({ author: 'none', date: 'none', title: 'header', lang: 'none' });
    const quotes = joined(entry, ['quote']);
    for (const start of ['Microsoft, Alphabet, Amazon and Meta', 'Analysts at', '  • OpenAI’s only real options', 'The residual, streamlined', 'This base is joined', 'It seems very hard', 'The plutocrats who support Trump', 'In 1999, the late Boris Berezovsky', 'My jaw metaphorically dropped', 'Radical? Not at all.', 'In the two years following', 'Billionaire wealth impoverishes', '„I think we are all', 'So here’s the test'])
      expect(quotes).toContain(start);
    expect(joined(entry, ['quote'])).not.toMatch(/Die Financial Times berichtet|Und das ist erst der Anfang|Let’s face it/);
    expect(texts(entry, 'list')).toEqual([expect.stringMatching(/^ {2}• Dass alles, was in der Privatwirtschaft passiert[\s\S]*mal zugehört\?\n\n$/)]);
    const [comments, ...more] = texts(entry, 'comments');
    expect(more).toEqual([]);
    expect(comments).toMatch(/^5 Gedanken zu „Krasse Links No 24\./);
    for (const part of ['@mspro', 'Pingback: Krasse Links No 25.']) expect(comments).toContain(part);
    expect(comments).toMatch(/Kommentare sind geschlossen\.$/);
    expect(entry.segments.at(-1)!.kind).toBe('comments');
  });

  it('004: `date 2025-02` glued to the first sentence; the author stays unknown', () => {
    const entry = document(4);
    expect([entry.author, entry.date, entry.title]).toEqual([null, '2025-02', null]);
    expect(entry.provenance).toEqual({ author: 'none', date: 'header', title: 'none', lang: 'none' });
    expect(texts(entry, 'header')).toEqual([' date 2025-02 ']);
    expect(texts(entry, 'body')[0]).toMatch(/^Die gegenseitige Wertschätzung unter Faschisten/);
    expect(texts(entry, 'heading').map((text) => text.trim())).toEqual([
      'Trump muss liefern: Eine Verhandlungslösung für die Ukraine?',
      'Stunden zuvor im NATO-Hauptquartier',
    ]);
  });

  it('with seeds/metadata.csv: the manifest completes and overrides metadata', () => {
    expect(
      withManifest.documents.map((entry) => [entry.name, entry.author, entry.date, entry.lang, entry.provenance.author, entry.provenance.date]),
    ).toEqual([
      ['000_e3936dc773c77806.txt', 'Pepe Escobar', '2025-01', 'de', 'manifest', 'manifest'],
      ['001_07e808b765e234ab.txt', 'Pepe Escobar', '2025-11-14', 'de', 'manifest', 'manifest'],
      ['002_5e7103ed1d3ef773.txt', 'Yanis Varoufakis', '2025-01', 'de', 'manifest', 'manifest'],
      ['003_5e32a06a47eb092c.txt', 'Michael Seemann', '2024-08', 'de', 'manifest', 'manifest'],
      ['004_62246d567385185b.txt', null, '2025-02', 'de', 'none', 'manifest'],
    ]);
    expect(document(3, withManifest).attributes).toEqual({ outlet: 'Krasse Links (newsletter)', kind: 'newsletter' });
    expect(document(3, withManifest).segments).toEqual(document(3).segments);
  });

  it('round-trips through formatCorpus', async () => {
    const { formatCorpus } = await import('../src/index');
    const again = parseCorpus(formatCorpus(plain.documents));
    expect(again.documents.map((entry) => [entry.name, entry.text])).toEqual(plain.documents.map((entry) => [entry.name, entry.text]));
  });
});
