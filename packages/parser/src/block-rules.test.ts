import { describe, expect, it } from 'vitest';
import {
  COMMENT_LINE,
  COMMENTS_START,
  END_LINE,
  FOOTNOTE,
  LIST_ITEM,
  countBoilerplateWords,
  isEmbedLine,
  isHeadingLine,
  isTrailerFragment,
  isTrailerLabel,
  isTranscriptDisclaimer,
} from './block-rules';

describe('block rules', () => {
  it('recognise list items', () => {
    for (const line of ['• a', '  • a', '- a', '* a', '– a', '1. a', '12) a', 'a) a']) expect(LIST_ITEM.test(line)).toBe(true);
    for (const line of ['-a', '1.a', 'A. Merkel sagte', '2025 war ein Jahr']) expect(LIST_ITEM.test(line)).toBe(false);
  });

  it('recognise footnotes', () => {
    for (const line of ['¹ CIPS: Cross-Border', '²³ Quelle', '[1] Quelle', '[^2]: Quelle']) expect(FOOTNOTE.test(line)).toBe(true);
    for (const line of ['1 Quelle', 'Text¹']) expect(FOOTNOTE.test(line)).toBe(false);
  });

  it('recognise embed lines', () => {
    expect(isEmbedLine('text https://t.co/XGiBwhs8F8 pic.twitter.com/ZNaonsuWKP')).toBe(true);
    expect(isEmbedLine('— Sputnik (@SputnikInt) November 8, 2024')).toBe(true);
    expect(isEmbedLine('— Jane (@jane) 8. November 2024')).toBe(true);
    expect(isEmbedLine('https://twitter.com/jane/status/1234')).toBe(true);
    expect(isEmbedLine('<https://www.youtube.com/watch?v=abc>')).toBe(true);
    expect(isEmbedLine('Siehe https://www.youtube.com/watch?v=abc im Text')).toBe(false);
    expect(isEmbedLine('Schreiben Sie an (@redaktion)')).toBe(false);
  });

  it('recognise comment sections', () => {
    for (const line of ['5 Gedanken zu „Krasse Links No 24.', '12 Kommentare', '1 Comment', '3 thoughts on “Post”', '2 Antworten auf „Titel“', 'Kommentare (4)', 'Leave a Reply', 'Schreibe einen Kommentar'])
      expect(COMMENTS_START.test(line)).toBe(true);
    for (const line of ['3 Antworten auf die wichtigsten Fragen', '5 Gedanken, die mich bewegen', 'Kommentare sind wichtig für uns alle.'])
      expect(COMMENTS_START.test(line)).toBe(false);
    for (const line of ['  4. Pingback: Krasse Links No 25. | H I E R', 'Trackback: x', 'Kommentare sind geschlossen.', 'Comments are closed.'])
      expect(COMMENT_LINE.test(line)).toBe(true);
  });

  it('recognise end lines, disclaimers and boilerplate keywords', () => {
    for (const line of ['ENDE', 'Ende.', 'The End']) expect(END_LINE.test(line)).toBe(true);
    expect(END_LINE.test('Ende gut, alles gut')).toBe(false);
    expect(isTranscriptDisclaimer('Das Transkript gibt möglicherweise den Inhalt nicht wortgenau wieder.')).toBe(true);
    expect(isTranscriptDisclaimer('This transcript may contain errors.')).toBe(true);
    expect(isTranscriptDisclaimer('Im Transkript der Sitzung steht, dass der Minister zustimmte.')).toBe(false);
    expect(countBoilerplateWords('IBAN: DE89430609678224073600\nBIC: GENODEM1GLS')).toBe(3);
    expect(countBoilerplateWords('Bitte unterstützen Sie uns mit einer Spende über PayPal.')).toBe(3);
    expect(countBoilerplateWords('Die Regierung hat eine Strategie.')).toBe(0);
  });

  it('recognise trailer fragments', () => {
    expect(isTrailerFragment(['PAYPAL:'])).toBe(true);
    expect(isTrailerFragment(['E-Mail:', 'PayPal@acTVism.org'])).toBe(true);
    expect(isTrailerFragment(['Link: [Klicken Sie hier](#)'])).toBe(true);
    expect(isTrailerFragment(['<https://www.patreon.com/acTVism>'])).toBe(true);
    expect(isTrailerFragment(['Die Regierung hat eine Strategie vorgestellt, die nicht alle überzeugt.'])).toBe(false);
    expect(isTrailerLabel(['BANKKONTO:'])).toBe(true);
    expect(isTrailerLabel(['Fazit: Es bleibt spannend.'])).toBe(false);
  });

  it('recognise heading lines', () => {
    for (const line of ['Die KI-Blase', 'Chinas 15. Fünfjahresplan', 'MAGA: das magisch-global-aggressive Modell', 'Ein neuer Weg?', '# Titel'])
      expect(isHeadingLine(line)).toBe(true);
    for (const line of ['Und das ist erst der Anfang.', 'Ich sag jetzt mal etwas „weirdes“:', '(Just can’t stop) when my spark gets hot', 'kleine Zeile', 'Ja! Nein.', 'Wir müssen handeln!'])
      expect(isHeadingLine(line)).toBe(false);
  });
});
