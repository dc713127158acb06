import { isMarkerLine } from './is-marker-line';
import { ParserError } from './parser-error';

/** A parsed marker line. */
export type Marker =
  | {
      type: 'file';
      /** The bare name, `: name`, or the `name` attribute; `null` when the marker has none. */
      name: string | null;
      /** Attributes in order of appearance, `name` excluded. */
      attributes: Map<string, string>;
      /** Keys that occurred more than once (the last value wins). */
      duplicateKeys: string[];
    }
  | { type: 'end' };

/** Where a marker line is, for error messages. */
export interface MarkerLocation {
  /** File path. Default `'<input>'`. */
  file?: string;
  /** 1-based line. */
  line?: number;
}

const KEY = /[A-Za-z_][A-Za-z0-9_.-]*/y;

/**
 * Parses a marker line: `<<<FILE>>>`, `<<<FILE name>>>`, `<<<FILE: name>>>`,
 * `<<<FILE key="value" ...>>>` (with `\"` and `\\` escapes), `<<<END>>>` or `<<<END FILE>>>`.
 * Trailing spaces after `>>>` are allowed.
 *
 * @returns the marker, or `null` when the line is not a marker candidate (see `isMarkerLine`).
 * @throws ParserError `invalid-marker` for unknown syntax, `unterminated-quote` for an open quote.
 */
export function parseMarker(line: string, location: MarkerLocation = {}): Marker | null {
  if (!isMarkerLine(line)) return null;
  const at = { file: location.file ?? '<input>', line: location.line };
  const trimmed = line.trimEnd();
  const keyword = line.startsWith('<<<FILE') ? 'FILE' : 'END';
  if (keyword === 'END') {
    const payload = trimmed.endsWith('>>>') ? trimmed.slice(6, -3).trim() : null;
    if (payload === '' || payload === 'FILE') return { type: 'end' };
    throw new ParserError('invalid-marker', `malformed end marker ${JSON.stringify(line)}: expected <<<END>>> or <<<END FILE>>>`, at);
  }
  if (!trimmed.endsWith('>>>') || trimmed.length < 10) {
    throw new ParserError('invalid-marker', `malformed marker ${JSON.stringify(line)}: a marker line must end with >>>`, at);
  }
  const payload = trimmed.slice(7, -3);
  if (payload.trim() === '') return { type: 'file', name: null, attributes: new Map(), duplicateKeys: [] };
  const first = payload[0];
  if (first === ':') {
    const name = payload.slice(1).trim();
    if (name === '') throw new ParserError('invalid-marker', `malformed marker ${JSON.stringify(line)}: empty name after ":"`, at);
    return { type: 'file', name, attributes: new Map(), duplicateKeys: [] };
  }
  if (first !== ' ' && first !== '\t') {
    throw new ParserError('invalid-marker', `malformed marker ${JSON.stringify(line)}: expected a space or ":" after <<<FILE`, at);
  }
  const body = payload.trim();
  if (/^[A-Za-z_][A-Za-z0-9_.-]*="/.test(body)) return parseAttributes(body, line, at);
  if (/^[A-Za-z_][A-Za-z0-9_.-]*=/.test(body)) {
    throw new ParserError('invalid-marker', `malformed marker ${JSON.stringify(line)}: attribute values must be quoted (key="value")`, at);
  }
  if (body.includes('"')) {
    throw new ParserError('invalid-marker', `malformed marker ${JSON.stringify(line)}: a bare name must not contain quotes; use name="..."`, at);
  }
  return { type: 'file', name: body, attributes: new Map(), duplicateKeys: [] };
}

function parseAttributes(
  body: string,
  line: string,
  at: { file: string; line: number | undefined },
): Marker {
  const attributes = new Map<string, string>();
  const duplicateKeys: string[] = [];
  let name: string | null = null;
  let position = 0;
  while (position < body.length) {
    KEY.lastIndex = position;
    const key = KEY.exec(body);
    if (key === null || body[position + key[0].length] !== '=' || body[position + key[0].length + 1] !== '"') {
      throw new ParserError(
        'invalid-marker',
        `malformed marker ${JSON.stringify(line)}: expected key="value" at column ${position + 9}`,
        at,
      );
    }
    position += key[0].length + 2;
    let value = '';
    let closed = false;
    while (position < body.length) {
      const char = body[position]!;
      if (char === '\\' && position + 1 < body.length) {
        const next = body[position + 1]!;
        value += next === '"' || next === '\\' ? next : char + next;
        position += 2;
      } else if (char === '"') {
        closed = true;
        position += 1;
        break;
      } else {
        value += char;
        position += 1;
      }
    }
    if (!closed) {
      throw new ParserError('unterminated-quote', `unterminated quote in marker ${JSON.stringify(line)} (value of "${key[0]}")`, at);
    }
    if (key[0] === 'name') {
      if (name !== null) duplicateKeys.push('name');
      name = value;
    } else {
      if (attributes.has(key[0])) duplicateKeys.push(key[0]);
      attributes.set(key[0], value);
    }
    if (position < body.length) {
      if (body[position] !== ' ' && body[position] !== '\t') {
        throw new ParserError(
          'invalid-marker',
          `malformed marker ${JSON.stringify(line)}: expected a space after the value of "${key[0]}"`,
          at,
        );
      }
      while (body[position] === ' ' || body[position] === '\t') position += 1;
    }
  }
  return { type: 'file', name: name === '' ? null : name, attributes, duplicateKeys };
}
