import { ParserError } from './parser-error';

/** Options of `parseCsv`. */
export interface ParseCsvOptions {
  /** File path for error messages. Default `'<input>'`. */
  path?: string;
  /** Field separator. Default `','`. */
  separator?: string;
}

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Parses CSV per RFC 4180: fields separated by `,`, records by CRLF or LF, fields in double
 * quotes may hold separators, line breaks and doubled quotes (`""`). Blank lines are skipped.
 *
 * @throws ParserError `invalid-manifest` for an unterminated quoted field or text after a closing quote.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvRecord[] {
  const path = options.path ?? '<input>';
  const separator = options.separator ?? ',';
  const records: CsvRecord[] = [];
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (position < text.length) {
    const start = line;
    const fields: string[] = [];
    let done = false;
    while (!done) {
      let field = '';
      if (text[position] === '"') {
        const quoteLine = line;
        position += 1;
        for (;;) {
          if (position >= text.length) {
            throw new ParserError('invalid-manifest', 'unterminated quoted field', { file: path, line: quoteLine });
          }
          const char = text[position]!;
          if (char === '"') {
            if (text[position + 1] === '"') {
              field += '"';
              position += 2;
              continue;
            }
            position += 1;
            break;
          }
          if (char === '\n') line += 1;
          if (char === '\r' && text[position + 1] !== '\n') line += 1;
          field += char;
          position += 1;
        }
        const next = text[position];
        if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
          throw new ParserError('invalid-manifest', `unexpected ${JSON.stringify(next)} after a closing quote`, { file: path, line });
        }
      } else {
        while (position < text.length) {
          const char = text[position]!;
          if (char === separator || char === '\n' || char === '\r') break;
          field += char;
          position += 1;
        }
      }
      fields.push(field);
      const char = text[position];
      if (char === separator) {
        position += 1;
      } else {
        if (char === '\r') position += text[position + 1] === '\n' ? 2 : 1;
        else if (char === '\n') position += 1;
        line += 1;
        done = true;
      }
    }
    if (!(fields.length === 1 && fields[0]!.trim() === '')) records.push({ fields, line: start });
  }
  return records;
}
