import { isTitleLine } from './is-title-line';
import { parseDate } from './parse-date';

/** A span of the document text that header inference consumed. */
export interface HeaderSpan {
  kind: 'title' | 'header';
  start: number;
  end: number;
}

/** What `inferHeader` found in the first lines of a document. */
export interface InferredHeader {
  author: string | null;
  date: string | null;
  title: string | null;
  /** Consumed spans, sorted: the title line and the header lines (or line prefixes). */
  spans: HeaderSpan[];
}

/** Options of `inferHeader`. */
export interface InferHeaderOptions {
  /** Non-blank lines to look at at most. Default `8`. */
  maxLines?: number;
}

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PARTICLE = '(?:von|van|der|den|de|da|di|del|della|du|la|le|al|el|bin|ibn|zu|ter|ten|y)';
const NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){0,4}`;
const AUTHORS = `${NAME}(?:\\s*(?:,|\\bund\\b|\\band\\b|&)\\s*${NAME})*`;
const BYLINE_PREFIX =
  '(?:[Vv]on|[Bb]y|BY|VON|Autor(?:in)?:|Author:|Text:|Written by|Geschrieben von|Ein (?:Kommentar|Beitrag|Gastbeitrag|Essay) von|Eine (?:Analyse|Kolumne|Reportage) von)';
const BYLINE = new RegExp(`^${BYLINE_PREFIX}\\s+(${AUTHORS})$`, 'u');
const BARE_AUTHORS = new RegExp(`^(${AUTHORS})$`, 'u');
/** A single capitalised word next to a date: a dateline's place (`Berlin | 14.11.2025`). */
const PLACE = new RegExp(`^${NAME_WORD}$`, 'u');
const DATE_PREFIX = /^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s|$)\s*/i;
const DATE_LABEL =
  /^(?:Veröffentlicht|Erschienen|Aktualisiert|Zuletzt aktualisiert|Stand|Datum|Published|Posted|Updated|Last updated|Date)(?:\s+(?:am|on))?:?\s+/i;
const PART_SEPARATOR = /\s+[|·•]\s+|\s+[–—]\s+|\s+-\s+/;
const SPEAKER_LABEL = new RegExp(`^(${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){1,3}):\\s+(?=\\S)`, 'u');
const ANY_LABEL = new RegExp(`(?:^|\\n)(${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}):\\s`, 'gu');
const TRANSCRIPT_CUE = /\b(?:Transkript\w*|Transcript\w*|Abschrift|Interview\w*|Gespräch|Podcast|Wortlaut)\b/i;
const DISCLAIMER = /\b(?:Transkript\w*|Transcript\w*|Abschrift|transcription)\b/i;
const NOT_A_NAME = new Set(
  'Der Die Das Den Dem Des Ein Eine Einer Eines Einem Mein Meine Dein Deine Sein Seine Ihr Ihre Unser Unsere Euer Eure Dieser Diese Dieses Jener Jede Jeder Jedes Alle Kein Keine Und Aber Oder Doch Denn Kurz Kurze Fazit Frage Antwort Update Hinweis Anmerkung Quelle Achtung Wichtig Warnung Ergebnis Zusammenfassung Tipp Foto Bild Video Titel Von By The A An My Our Your His Her Their This That These Those Some Every No And But Note Source Question Answer Summary Conclusion Warning Photo Image Title Breaking Exclusive Live Disclaimer Update Editor Editors Transcript Transkript'.split(
    ' ',
  ),
);

/**
 * Infers author, date and title from the first lines of a document text, in German and English:
 * `Von X`, `By X`, `X | 14. November 2025`, `14. November 2025 | X`, `March 3, 2025`,
 * `Januar 2025`, `date 2025-01` (also glued to the first sentence), a transcript's first
 * speaker label `X:`, and a leading title line. An author is only taken from a byline or a
 * speaker label, never from a name elsewhere in the text.
 */
export function inferHeader(text: string, options: InferHeaderOptions = {}): InferredHeader {
  const maxLines = options.maxLines ?? 8;
  const result: InferredHeader = { author: null, date: null, title: null, spans: [] };
  let position = 0;
  let nonBlank = 0;
  let bodyLines = 0;
  let transcriptCue = false;
  let contentSeen = false;
  while (position < text.length && nonBlank < maxLines) {
    let end = text.indexOf('\n', position);
    if (end === -1) end = text.length;
    const line = text.slice(position, end);
    const start = position;
    position = end + 1;
    const trimmed = line.trim();
    if (trimmed === '') continue;
    nonBlank += 1;

    const datePrefix = DATE_PREFIX.exec(line);
    if (datePrefix !== null) {
      result.date ??= datePrefix[1]!;
      const rest = line.slice(datePrefix[0].length).trim();
      const byline = rest === '' ? {} : parseByline(rest);
      if (byline !== null) {
        if (byline.author !== undefined) result.author ??= byline.author;
        if (byline.date !== undefined) result.date ??= byline.date;
        result.spans.push({ kind: 'header', start, end });
        continue;
      }
      result.spans.push({ kind: 'header', start, end: start + datePrefix[0].length });
      break;
    }

    const byline = parseByline(trimmed);
    if (byline !== null) {
      if (byline.author !== undefined) result.author ??= byline.author;
      if (byline.date !== undefined) result.date ??= byline.date;
      result.spans.push({ kind: 'header', start, end });
      continue;
    }

    const label = SPEAKER_LABEL.exec(line);
    if (label !== null && isSpeaker(label[1]!, text, end, transcriptCue)) {
      result.author ??= label[1]!;
      result.spans.push({ kind: 'header', start, end: start + label[0].length });
      break;
    }

    if (TRANSCRIPT_CUE.test(line)) transcriptCue = true;
    if (result.title === null && !contentSeen && isTitleLine(trimmed) && followedByBreak(text, end)) {
      result.title = trimmed.replace(/^#{1,6}\s+/, '');
      result.spans.push({ kind: 'title', start, end });
      continue;
    }
    contentSeen = true;
    if (DISCLAIMER.test(line) && line.length <= 500) continue;
    bodyLines += 1;
    if (bodyLines > 1 || line.length > 300) break;
  }
  return result;
}

/**
 * Parses a whole line as a byline: parts separated by `|`, `·`, `•` or a dash, each a date (also
 * labelled: `Veröffentlicht am …`, `Published …`, `Stand: …`), a prefixed author (`Von X`, `By X`)
 * or — next to a date — a bare name of two to five words (a single word there is a dateline's
 * place and ignored).
 */
function parseByline(line: string): { author?: string; date?: string } | null {
  if (line.length > 160) return null;
  const parts = line.split(PART_SEPARATOR);
  let author: string | undefined;
  let date: string | undefined;
  const bare: string[] = [];
  let places = 0;
  for (const raw of parts) {
    const part = raw.trim().replace(/[,;]$/, '');
    const asDate = parseDate(part.replace(DATE_LABEL, ''), { year: false }) ?? splitNameAndDate(part);
    if (typeof asDate === 'string') {
      date ??= asDate;
      continue;
    }
    if (asDate !== null) {
      if (asDate.author !== undefined) author ??= asDate.author;
      date ??= asDate.date;
      continue;
    }
    const byline = BYLINE.exec(part);
    if (byline !== null) {
      author ??= byline[1]!;
      continue;
    }
    // A bare name needs two words at least; a single word next to a date is taken for a place.
    if (PLACE.test(part)) {
      places += 1;
      continue;
    }
    if (BARE_AUTHORS.test(part) && !NOT_A_NAME.has(part.split(/\s/)[0]!)) {
      bare.push(part);
      continue;
    }
    return null;
  }
  if (date === undefined && places > 0) return null;
  if (date !== undefined && author === undefined && bare.length === 1) author = bare[0];
  else if (bare.length > 0) return null;
  if (author === undefined && date === undefined) return null;
  return { ...(author === undefined ? {} : { author }), ...(date === undefined ? {} : { date }) };
}

/** `Von X, 14. November 2025`, `By X on March 3, 2025`, or a dateline `Berlin, 14.11.2025` in one part. */
function splitNameAndDate(part: string): { author?: string; date: string } | null {
  const match = /^(.*?)(?:,\s*|\s+(?:am|on)\s+)(.+)$/.exec(part);
  if (match === null) return null;
  const date = parseDate(match[2]!.replace(DATE_LABEL, ''), { year: false });
  if (date === null) return null;
  const before = match[1]!.trim();
  if (PLACE.test(before)) return { date };
  const byline = BYLINE.exec(before);
  return byline === null ? null : { author: byline[1]!, date };
}

function isSpeaker(name: string, text: string, from: number, transcriptCue: boolean): boolean {
  const words = name.split(/\s+/);
  if (words.some((word) => NOT_A_NAME.has(word))) return false;
  if (transcriptCue) return true;
  ANY_LABEL.lastIndex = from;
  return ANY_LABEL.exec(text) !== null;
}

function followedByBreak(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const next = text.indexOf('\n', end + 1);
  const line = text.slice(end + 1, next === -1 ? text.length : next).trim();
  return line === '' || parseByline(line) !== null;
}
