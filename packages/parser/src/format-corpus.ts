import { ParserError } from './parser-error';

/** A document to write: its name, metadata and text. Other fields of a `CorpusDocument` are ignored. */
export interface FormattableDocument {
  name: string;
  text: string;
  author?: string | null;
  date?: string | null;
  title?: string | null;
  lang?: string | null;
  attributes?: Record<string, string>;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Writes documents in the `<<<FILE>>>` corpus format: one marker line per document with
 * `name`, the known metadata (`author`, `date`, `title`, `lang`) and the attributes as
 * `key="value"` (`"` and `\` escaped), then the text. A text line that starts with `<<<` (or
 * with backslashes followed by `<<<`) gets one more leading backslash, which the reader removes,
 * so `parseCorpus(formatCorpus(documents))` gives back the same names, attributes and texts.
 *
 * @throws ParserError `invalid-document` for a value with a line break, an attribute key that
 *   is not `[A-Za-z_][A-Za-z0-9_.-]*`, or a text with a NUL byte or a carriage return.
 */
export function formatCorpus(documents: Iterable<FormattableDocument>): string {
  const parts: string[] = [];
  for (const document of documents) {
    const fields: [string, string][] = [['name', document.name]];
    for (const key of ['author', 'date', 'title', 'lang'] as const) {
      const value = document[key];
      if (value !== null && value !== undefined) fields.push([key, value]);
    }
    for (const [key, value] of Object.entries(document.attributes ?? {})) {
      if (key === 'name' || key === 'author' || key === 'date' || key === 'title' || key === 'lang') continue;
      fields.push([key, value]);
    }
    let marker = '<<<FILE';
    for (const [key, value] of fields) {
      if (!KEY.test(key)) {
        throw new ParserError('invalid-document', `document ${JSON.stringify(document.name)}: attribute key ${JSON.stringify(key)} cannot be written`);
      }
      if (/[\r\n\0]/.test(value)) {
        throw new ParserError('invalid-document', `document ${JSON.stringify(document.name)}: the value of ${JSON.stringify(key)} contains a line break or NUL`);
      }
      marker += ` ${key}="${value.replace(/[\\"]/g, '\\$&')}"`;
    }
    if (/[\r\0]/.test(document.text)) {
      throw new ParserError('invalid-document', `document ${JSON.stringify(document.name)}: text contains a carriage return or NUL`);
    }
    parts.push(`${marker}>>>\n${escapeText(document.text)}\n`);
  }
  return parts.join('');
}

/** Adds a backslash to every line that starts with `<<<` or with backslashes followed by `<<<`. */
function escapeText(text: string): string {
  if (!text.includes('<<<')) return text;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (/^\\*<<</.test(line)) lines[index] = `\\${line}`;
  }
  return lines.join('\n');
}
