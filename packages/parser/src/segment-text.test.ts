import { describe, expect, it } from 'vitest';
import { inferHeader } from './infer-header';
import { segmentText } from './segment-text';
import type { SegmentKind } from './types';
import { validateSegments } from './validate-segments';

/** The segments as [kind, text] pairs, after checking they cover the text exactly once. */
function label(text: string, withHeader = false): [SegmentKind, string][] {
  const segments = segmentText(text, withHeader ? { header: inferHeader(text).spans } : {});
  expect(validateSegments(segments, text.length)).toEqual([]);
  return segments.map((segment) => [segment.kind, text.slice(segment.start, segment.end)]);
}

function kindsOf(text: string): SegmentKind[] {
  return label(text).map(([kind]) => kind);
}

const GERMAN = 'Die Regierung hat in dieser Woche eine neue Strategie vorgestellt, die nicht alle überzeugt.';
const GERMAN_2 = 'Das ist aber erst der Anfang einer langen Debatte, die noch viele Monate dauern wird.';
const ENGLISH =
  'The plutocrats who support Trump may remain safer than others. But can they really be as free as they want to be in the end?';

describe('segmentText', () => {
  it('returns no segments for an empty text and one body segment for plain text', () => {
    expect(segmentText('')).toEqual([]);
    expect(label(GERMAN)).toEqual([['body', GERMAN]]);
  });

  it('gives blank lines to the segment before them, leading blank lines to the first', () => {
    const text = `\n\n${GERMAN}\n\nKurze Überschrift\n\n${GERMAN_2}\n`;
    expect(label(text)).toEqual([
      ['body', `\n\n${GERMAN}\n\n`],
      ['heading', 'Kurze Überschrift\n\n'],
      ['body', `${GERMAN_2}\n`],
    ]);
  });

  it('keeps header and title spans, whole lines and line prefixes', () => {
    expect(label(`Ein Titel\n\n14. November 2025 | Pepe Escobar\n\n${GERMAN}`, true)).toEqual([
      ['title', 'Ein Titel\n\n'],
      ['header', '14. November 2025 | Pepe Escobar\n\n'],
      ['body', GERMAN],
    ]);
    expect(label(` date 2025-02 ${GERMAN}`, true)).toEqual([
      ['header', ' date 2025-02 '],
      ['body', GERMAN],
    ]);
  });

  it('labels headings: short, capitalised, no closing punctuation; questions allowed', () => {
    expect(kindsOf(`${GERMAN}\n\nDie KI-Blase\n\n${GERMAN_2}`)).toEqual(['body', 'heading', 'body']);
    expect(kindsOf(`${GERMAN}\n\nEin neuer Weg der Globalisierung?\n\n${GERMAN_2}`)).toEqual(['body', 'heading', 'body']);
    expect(kindsOf(`${GERMAN}\n\n## Markdown\n\n${GERMAN_2}`)).toEqual(['body', 'heading', 'body']);
    expect(kindsOf(`${GERMAN}\n\nKnie schlägt Radikalmaßnahmen vor:\n\n${GERMAN_2}`)).toEqual(['body']);
    expect(kindsOf(`${GERMAN}\n\nUnd das ist erst der Anfang.\n\n${GERMAN_2}`)).toEqual(['body']);
    expect(kindsOf(`${GERMAN}\n\n(Just can’t stop) when my spark gets hot\n\n${GERMAN_2}`)).toEqual(['body']);
  });

  it('labels runs of two or more list items as a list, with indented continuation lines', () => {
    const list = '  • Dass alles von der Infrastruktur abhängt.\n  • Dass sie änderbar ist.\n    Fortsetzung der Zeile.';
    expect(label(`${GERMAN}\n\n${list}\n\n${GERMAN_2}`)).toEqual([
      ['body', `${GERMAN}\n\n`],
      ['list', `${list}\n\n`],
      ['body', GERMAN_2],
    ]);
    expect(kindsOf(`${GERMAN}\n\n1. Erstens\n\n2. Zweitens\n\n${GERMAN_2}`)).toEqual(['body', 'list', 'body']);
    expect(kindsOf(`${GERMAN}\n\n1. FC Köln hat gewonnen, sagen alle.\n\n${GERMAN_2}`)).toEqual(['body']);
  });

  it('labels long paragraphs in the other language as quotes (stopword ratio)', () => {
    expect(kindsOf(`${GERMAN}\n\n${ENGLISH}\n\n${GERMAN_2}\n\n${GERMAN}`)).toEqual(['body', 'quote', 'body']);
    // Short foreign lines stay with the author.
    expect(kindsOf(`${GERMAN}\n\nLet’s face it.\n\n${GERMAN_2}`)).toEqual(['body']);
    // In an English text, English is the author's own.
    expect(kindsOf(`${ENGLISH}\n\n${ENGLISH}`)).toEqual(['body']);
    // A German paragraph inside English text is the quotation.
    expect(kindsOf(`${ENGLISH}\n\n${GERMAN} ${GERMAN_2}\n\n${ENGLISH}\n\n${ENGLISH}`)).toEqual(['body', 'quote', 'body']);
  });

  it('labels Markdown block quotations', () => {
    expect(kindsOf(`${GERMAN}\n\n> zitiert\n> weiter\n\n${GERMAN_2}`)).toEqual(['body', 'quote', 'body']);
  });

  it('labels social-media embeds with the card parts set apart by blank lines', () => {
    const embed =
      '💬TITLE OF THE VIDEO\n\n\n\nSputnik columnist Pepe Escobar:\n\n\n\nPutin’s remarks can be read as a “direct… https://t.co/XGiBwhs8F8 pic.twitter.com/ZNaonsuWKP — Sputnik (@SputnikInt) November 8, 2024';
    expect(label(`${GERMAN}\n\n${embed}\n\n${GERMAN_2}`)).toEqual([
      ['body', `${GERMAN}\n\n`],
      ['embed', `${embed}\n\n`],
      ['body', GERMAN_2],
    ]);
    expect(kindsOf(`${GERMAN}\n\n— Jane Doe (@jane) 3. März 2025\n\n${GERMAN_2}`)).toEqual(['body', 'embed', 'body']);
    // A paragraph before a section break is not a card part.
    expect(kindsOf(`${GERMAN} ${GERMAN_2} ${GERMAN}\n\n\n— Jane Doe (@jane) 3. März 2025\n\n${GERMAN_2}`)).toEqual(['body', 'embed', 'body']);
    expect(kindsOf(`${GERMAN}\n\nhttps://x.com/jane/status/123456\n\n${GERMAN_2}`)).toEqual(['body', 'embed', 'body']);
    // A link to a video inside a sentence is not an embed.
    expect(kindsOf(`${GERMAN} Siehe https://youtube.com/watch?v=1 dazu.\n\n${GERMAN_2}`)).toEqual(['body']);
  });

  it('labels footnotes', () => {
    expect(kindsOf(`${GERMAN}¹\n\n¹ CIPS: Cross-Border Inter-Bank Payments System\n\n${GERMAN_2}`)).toEqual([
      'body',
      'footnote',
      'body',
    ]);
    expect(kindsOf(`${GERMAN}\n\n[1]: Quelle, S. 3\n[2]: Ebenda`)).toEqual(['body', 'footnote']);
  });

  it('labels transcript disclaimers and donation blocks as boilerplate', () => {
    const disclaimer = 'Das Transkript gibt möglicherweise den ursprünglichen Inhalt nicht wortgenau wieder.';
    expect(kindsOf(`${disclaimer}\n\n${GERMAN}`)).toEqual(['boilerplate', 'body']);
    const donation = 'Unterstützen Sie unsere Arbeit mit einer Spende: IBAN DE89 4306 0967 8224 0736 00';
    expect(kindsOf(`${GERMAN}\n\n${donation}\n\n${GERMAN_2}`)).toEqual(['body', 'boilerplate', 'body']);
    // One keyword alone is not enough in the middle of a text.
    expect(kindsOf(`${GERMAN}\n\nDie Spenden an Parteien müssen offengelegt werden.\n\n${GERMAN_2}`)).toEqual(['body']);
  });

  it('labels a trailer after ENDE: labels, addresses and keyword blocks', () => {
    const trailer =
      'ENDE\n\nVielen Dank, dass Sie diese Abschrift gelesen haben. Bitte vergessen Sie nicht zu spenden.\n\nBANKKONTO:\n\nKontoinhaber: Verein e.V.\nIBAN: DE89430609678224073600\n\nPAYPAL:\n\nE-Mail:\nspenden@example.org\n\n<https://www.patreon.com/example>';
    const segments = label(`${GERMAN}\n\n${trailer}`);
    expect(segments[0]).toEqual(['body', `${GERMAN}\n\n`]);
    expect(segments.slice(1).map(([kind]) => kind)).toEqual(['boilerplate', 'markup', 'boilerplate', 'markup']);
    expect(segments.slice(1).map(([, text]) => text).join('')).toBe(trailer);
  });

  it('does not take long prose with donation or subscription words for a trailer', () => {
    // A speech printed as one line (as in the State of the Union corpus) that mentions donations
    // and subscribing to a treaty is the author's text, however many keyword families it hits.
    const speech = `${ENGLISH} We thank every citizen for the donations to the relief fund. `.repeat(6) +
      'The nations that subscribe to this treaty will support us. Support our troops.';
    expect(speech.length).toBeGreaterThan(600);
    expect(kindsOf(speech)).toEqual(['body']);
    expect(kindsOf(`${GERMAN}\n\n${speech}`)).not.toContain('boilerplate');
  });

  it('does not take a short last paragraph for a trailer', () => {
    expect(kindsOf(`${GERMAN}\n\nZeit, auf die Tanzfläche zu gehen.`)).toEqual(['body']);
    expect(kindsOf(`${GERMAN}\n\nFazit: Es bleibt spannend.`)).toEqual(['body']);
  });

  it('labels a comment section to the end, and pingbacks anywhere', () => {
    const comments =
      '5 Gedanken zu „Krasse Links No 24.\n\n  1. @mspro Ja. Das Thema "Weird" ist schwierig.\n\n  2. Pingback: Krasse Links No 25. | H I E R\n\nKommentare sind geschlossen.';
    expect(label(`${GERMAN}\n\n${comments}`)).toEqual([
      ['body', `${GERMAN}\n\n`],
      ['comments', comments],
    ]);
    expect(kindsOf(`${GERMAN}\n\nLeave a Reply\n\nGreat post!`)).toEqual(['body', 'comments']);
    expect(kindsOf(`${GERMAN}\n\nPingback: Ein anderer Blog\n\n${GERMAN_2}`)).toEqual(['body', 'comments', 'body']);
  });

  it('cuts markup characters out of any segment', () => {
    const text = 'China ist mitten in einer <u>Technologieoffensive</u>.';
    expect(label(text)).toEqual([
      ['body', 'China ist mitten in einer '],
      ['markup', '<u>'],
      ['body', 'Technologieoffensive'],
      ['markup', '</u>'],
      ['body', '.'],
    ]);
  });

  it('leaves everything but header spans as body when the rules are off', () => {
    const text = `Titel\n\n${GERMAN}\n\n- a\n- b <u>x</u>`;
    expect(segmentText(text, { rules: false, header: inferHeader(text).spans })).toEqual([
      { kind: 'title', start: 0, end: 7 },
      { kind: 'body', start: 7, end: text.length },
    ]);
  });
});
