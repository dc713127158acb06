import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

function texts(input: string): string[] {
  return tokenize(input).map((t) => t.text);
}

const textCases: Array<[name: string, input: string, expected: string[]]> = [
  ['capital umlauts', 'Österreich, Ärger, Übermut', ['Österreich', ',', 'Ärger', ',', 'Übermut']],
  ['eszett', 'Straße groß', ['Straße', 'groß']],
  ['hyphenated compound', 'Open-Source-Technologie', ['Open-Source-Technologie']],
  ['quoted compound part', 'der Trump-„Boogie“, der', ['der', 'Trump-„Boogie“', ',', 'der']],
  ['number compound', 'Trumps 2.0-Tanzbewegungen', ['Trumps', '2.0-Tanzbewegungen']],
  ['gender star', 'Freund*innen und Bürger*in', ['Freund*innen', 'und', 'Bürger*in']],
  ['gender colon', 'Bürger:innen', ['Bürger:innen']],
  ['gender underscore', 'Lehrer_innen', ['Lehrer_innen']],
  ['gender capital I', 'LehrerInnen', ['LehrerInnen']],
  ['gender slash', 'Lehrer/-innen', ['Lehrer/-innen']],
  ['label colon is not a gender form', 'Bank: GLS', ['Bank', ':', 'GLS']],
  ['inner apostrophes', "Xi'an und OpenAI’s don't", ["Xi'an", 'und', 'OpenAI’s', "don't"]],
  ['quotes around words', '„weird“ and "odd"', ['„', 'weird', '“', 'and', '"', 'odd', '"']],
  ['decimal comma and percent', 'zu 4,74 % mehr', ['zu', '4,74', '%', 'mehr']],
  ['thousands point', '2.048 Chips', ['2.048', 'Chips']],
  ['English numbers and currency', '$2.7bn and 3,000 people', ['$', '2.7bn', 'and', '3,000', 'people']],
  ['euro', '5 € oder 5€', ['5', '€', 'oder', '5', '€']],
  ['time', 'um 13:20 Uhr', ['um', '13:20', 'Uhr']],
  ['date', 'am 14.11.2025.', ['am', '14.11.2025', '.']],
  ['ordinal', 'am 14. November', ['am', '14', '.', 'November']],
  ['abbreviation with inner periods', 'z.B. und e.V. sowie U.S.', ['z.B.', 'und', 'e.V.', 'sowie', 'U.S.']],
  ['abbreviation with period', 'Prof. Hudson', ['Prof', '.', 'Hudson']],
  ['URL with scheme', 'siehe https://t.co/XGiBwhs8F8.', ['siehe', 'https://t.co/XGiBwhs8F8', '.']],
  ['URL without scheme', 'pic.twitter.com/ZNaonsuWKP —', ['pic.twitter.com/ZNaonsuWKP', '—']],
  ['www URL in angle brackets', '<https://www.patreon.com/acTVism>', ['<', 'https://www.patreon.com/acTVism', '>']],
  ['URL with parentheses', '(https://de.wikipedia.org/wiki/A_(B))', ['(', 'https://de.wikipedia.org/wiki/A_(B)', ')']],
  ['e-mail', 'an info@acTVism.org.', ['an', 'info@acTVism.org', '.']],
  ['dotted e-mail', 'max.mustermann@example.de', ['max.mustermann@example.de']],
  ['mention in parentheses', '(@SputnikInt)', ['(', '@SputnikInt', ')']],
  ['hashtag', '#Trump2025 #KI_Blase', ['#Trump2025', '#KI_Blase']],
  ['emoji glued to a word', '💬PEPE', ['💬', 'PEPE']],
  ['emoji with variation selector', '🗨️Vladimir', ['🗨️', 'Vladimir']],
  ['ZWJ sequence with skin tone', 'a 👩🏽‍💻 b', ['a', '👩🏽‍💻', 'b']],
  ['flags', '🇩🇪🇺🇸', ['🇩🇪', '🇺🇸']],
  ['heart', 'I ❤️ it', ['I', '❤️', 'it']],
  ['ellipsis', 'Das … und... so', ['Das', '…', 'und', '...', 'so']],
  ['dashes', 'A – B — C', ['A', '–', 'B', '—', 'C']],
  ['question and exclamation run', 'Was?! Nein!!', ['Was', '?!', 'Nein', '!!']],
  ['soft hyphen inside a word', 'Ver\u00adordnung', ['Ver\u00adordnung']],
  ['decomposed umlaut', 'Zo\u0308lle', ['Zo\u0308lle']],
  ['Cyrillic and Greek', 'Путин και', ['Путин', 'και']],
  ['CJK', '中文 text', ['中文', 'text']],
  ['superscript footnote', 'CIPS¹ für', ['CIPS¹', 'für']],
  ['lone surrogates', 'a\ud800b\udc00', ['a', '\ud800', 'b', '\udc00']],
];

describe('tokenize', () => {
  it.each(textCases)('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('labels token kinds', () => {
    const kinds = tokenize('Hallo 42 . € https://x.de/a a@b.de @x #y 😀').map((t) => t.kind);
    expect(kinds).toEqual(['word', 'number', 'punct', 'symbol', 'url', 'email', 'mention', 'hashtag', 'emoji']);
  });

  it('keeps the parts of hyphenated compounds, lowercased and without quotes', () => {
    const [a, b, c] = tokenize('Open-Source-Technologie Trump-„Boogie“ 2.0-Tanzbewegungen');
    expect(a!.parts).toEqual(['open', 'source', 'technologie']);
    expect(b!.parts).toEqual(['trump', 'boogie']);
    expect(c!.parts).toEqual(['2.0', 'tanzbewegungen']);
    expect(c!.kind).toBe('word');
  });

  it('normalises norm: lowercase, quotes, apostrophes, dashes', () => {
    const norms = tokenize('OpenAI’s „Boogie“ – ÖL').map((t) => t.norm);
    expect(norms).toEqual(["openai's", '"', 'boogie', '"', '-', 'öl']);
  });

  it('sets offsets into the original text', () => {
    const text = '  Die Zölle   steigen.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text)[1]).toMatchObject({ text: 'Zölle', start: 6, end: 11 });
  });

  it('flags stopwords by language without dropping tokens', () => {
    const de = tokenize('nicht gut the', { lang: 'de' });
    expect(de.map((t) => t.stopword)).toEqual([true, true, false]);
    const en = tokenize('nicht gut the', { lang: 'en' });
    expect(en.map((t) => t.stopword)).toEqual([false, false, true]);
    expect(tokenize('the', { lang: 'other' })[0]!.stopword).toBe(false);
  });

  it('honours start and end', () => {
    const text = 'eins zwei drei';
    expect(tokenize(text, { start: 5, end: 9 }).map((t) => [t.text, t.start])).toEqual([['zwei', 5]]);
  });

  it('handles a huge token', () => {
    const word = 'a'.repeat(200_000);
    const tokens = tokenize(`x ${word} y`);
    expect(tokens.map((t) => t.text.length)).toEqual([1, 200_000, 1]);
  });
});
