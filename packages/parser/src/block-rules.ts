/**
 * The line and block rules of `segmentText`, each a small predicate over one line or a block's
 * text. Kept general (shapes and keyword families), never matching one particular document.
 */

/** A bullet or numbered list item: `• x`, `- x`, `* x`, `1. x`, `2) x`, `a) x`. */
export const LIST_ITEM = /^\s*(?:[•◦▪▫‣∙·*+\-–]|\d{1,3}[.)]|[a-z]\))\s+\S/u;

/** A footnote line: a superscript number or `[1]`, `[^1]:` at the start. */
export const FOOTNOTE = /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\^?\d{1,3}\]:?)\s*\S/u;

/** A Markdown block quotation line. */
export const BLOCKQUOTE = /^\s*>/;

/** A Markdown heading line. */
export const MARKDOWN_HEADING = /^#{1,6}\s+\S/;

/** Traces of a social-media embed anywhere in a line: `pic.twitter.com`, `t.co`, `— Name (@handle) date`. */
export const EMBED_TRACE =
  /pic\.twitter\.com\/\w|https?:\/\/t\.co\/\w|[—–]\s*[^\n()]{1,80}\(@\w{1,30}\)\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4})/u;

/** Whether a line has a social-media embed trace or is a post address (`EMBED_TRACE`, `EMBED_URL_LINE`). */
export function isEmbedLine(line: string): boolean {
  const slash = line.indexOf('/');
  if (slash === -1 && line.indexOf('(@') === -1) return false;
  if (EMBED_TRACE.test(line)) return true;
  return slash !== -1 && EMBED_URL_LINE.test(line);
}

/** A line that is only the address of a post on a social platform. */
export const EMBED_URL_LINE =
  /^\s*<?https?:\/\/(?:www\.|mobile\.)?(?:(?:twitter|x)\.com\/\w+\/status\/\d+|instagram\.com\/(?:p|reel)\/|youtube\.com\/(?:watch|shorts\/)|youtu\.be\/|tiktok\.com\/@|facebook\.com\/\S+\/(?:posts|videos)\/|t\.me\/)\S*>?\s*$/;

/**
 * The start of a comment section: `5 Gedanken zu „…“`, `3 thoughts on “…”`, `12 Antworten auf „…“`,
 * a bare `12 Kommentare` / `Comments (4)`, `Leave a Reply`, `Schreibe einen Kommentar`, …
 */
export const COMMENTS_START =
  /^\s*(?:\d+\s+(?:Gedanken|Kommentare?|Antworten|Reaktionen|Comments?|Responses?|Thoughts?|Replies)(?:\s*:?|\s+(?:zu|on|to|auf|für|about)\s+["„“”«»‚‘’'].{0,200})|(?:Kommentare|Leserkommentare|Comments|Reader comments)(?:\s*\(\d+\))?:?|(?:Schreibe einen Kommentar|Kommentar (?:schreiben|verfassen|hinterlassen)|Leave a (?:Reply|comment)|Add a comment|Eine Antwort hinterlassen|Join the discussion)\b.{0,100})$/i;

/** A single comment-section line outside a comment section: pingbacks, trackbacks, "comments are closed". */
export const COMMENT_LINE =
  /^\s*(?:\d+\.\s*)?(?:Pingback|Trackback):|^\s*(?:Kommentare sind geschlossen|Comments are closed|Die Kommentarfunktion ist geschlossen)\.?\s*$/i;

/** A line that ends a piece and starts its trailer: `ENDE`, `END`, `The End`. */
export const END_LINE = /^\s*(?:ENDE|Ende|END|The End|THE END|Fin|FIN)\.?\s*$/;

/** A transcript disclaimer (mentions the transcript and its accuracy). */
export function isTranscriptDisclaimer(block: string): boolean {
  return (
    block.length <= 600 &&
    /\b(?:Transkript\w*|Transcript\w*|Abschrift|transcription)\b/i.test(block) &&
    /\b(?:wortgenau|wörtlich|verbatim|Tonqualität|audio quality|möglicherweise|may not|may contain|Fehler|errors?|accuracy|accurate|genau)\b/i.test(block)
  );
}

const BOILERPLATE_WORDS: RegExp[] = [
  /\bIBAN\b/,
  /\bBIC\b/,
  /Kontoinhaber|Bankverbindung|Bankkonto|Spendenkonto|Verwendungszweck/i,
  /Spendenbescheinigung|Spendenquittung|steuerlich absetzbar|tax[- ]deductible/i,
  /\bPayPal\b/i,
  /\bPatreon\b/i,
  /\bbetterplace\b|\bSteady\b|\bKo-fi\b|Buy me a coffee|\bGoFundMe\b/i,
  /\bspenden\b|\bSpende\b|\bdonat(?:e|ion|ions)\b/i,
  /unterstützen Sie|unterstütze uns|support (?:us|our (?:work|journalism))|become a (?:patron|member|supporter)/i,
  /abonnieren Sie|jetzt abonnieren|Newsletter abonnieren|subscribe (?:to|now|here)|sign up for (?:our|the) newsletter/i,
  /gemeinnützig|non-?profit|mildtätig/i,
  /Abschrift gelesen|for reading this transcript|Vielen Dank fürs? (?:Lesen|Zuschauen)/i,
];
const IBAN_NUMBER = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/;

const BOILERPLATE_HINT =
  /iban|\bbic\b|konto|spende|paypal|patreon|betterplace|steady|ko-fi|coffee|gofundme|donat|unterstütz|support|patron|abonn|subscri|newsletter|gemeinnütz|profit|mildtät|abschrift|transcript|absetzbar|deductible|verwendungszweck|vielen dank f|[A-Z]{2}\d{2} ?[A-Z0-9]{4}/i;

/** Distinct boilerplate keyword families (donation, bank, subscription, thanks-for-reading) in a block. */
export function countBoilerplateWords(block: string): number {
  if (!BOILERPLATE_HINT.test(block)) return 0;
  let count = 0;
  for (const word of BOILERPLATE_WORDS) if (word.test(block)) count += 1;
  if (IBAN_NUMBER.test(block)) count += 1;
  return count;
}

const LABEL_LINE = /^\s*\p{L}[\p{L}\p{N} .&/+-]{0,30}:\s*$/u;
const KEY_VALUE_LINE = /^\s*\p{L}[\p{L}\p{N} .&/+-]{0,30}:\s+\S.{0,100}$/u;
const ADDRESS_LINE = /^\s*(?:<?(?:https?:\/\/|www\.)\S+>?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[[^\]]{1,80}\]\([^)]*\))\s*$/u;

/** A trailer fragment: every line is a label (`PAYPAL:`), a short `key: value`, an address or an end line. */
export function isTrailerFragment(lines: readonly string[]): boolean {
  return lines.every(
    (line) =>
      LABEL_LINE.test(line) || KEY_VALUE_LINE.test(line) || ADDRESS_LINE.test(line) || END_LINE.test(line),
  );
}

/** A label-only or address-only fragment (may start a trailer). */
export function isTrailerLabel(lines: readonly string[]): boolean {
  return lines.every((line) => LABEL_LINE.test(line) || ADDRESS_LINE.test(line) || END_LINE.test(line));
}

/**
 * A single line that reads as a heading: at most 100 characters and 12 words, starts with a capital
 * or digit, no sentence punctuation or quotation mark at the end (a question mark is fine), not a
 * chain of sentences, list item or link. Markdown `#` headings always.
 */
export function isHeadingLine(line: string): boolean {
  if (line.length > 200) return false;
  const text = line.trim().replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '');
  if (MARKDOWN_HEADING.test(text)) return true;
  if (text.length < 3 || text.length > 100) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/[.,;:!…"“”»«'’)\]-]$/u.test(text)) return false;
  if (LIST_ITEM.test(text) || /https?:\/\/|www\./.test(text)) return false;
  if (/(?<!\d)[.!?]\s+\p{Lu}/u.test(text)) return false;
  let words = 1;
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) === 32) words += 1;
  return words <= 12;
}
