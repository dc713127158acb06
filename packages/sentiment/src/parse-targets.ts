import { SentimentError } from './sentiment-error.js';

/** A stance target: a name and the aliases that mention it. */
export interface Target {
  /** Display name (`USA`). */
  name: string;
  /**
   * Aliases (DESIGN.md §5): whole tokens, case-insensitive; `*` matches any ending; a German
   * genitive `-s` matches the base; several words match consecutive tokens. Default `[name]`.
   */
  aliases: string[];
}

/** Options of {@link parseTargets}. */
export interface ParseTargetsOptions {
  /** File name for errors. Default: none. */
  file?: string;
}

function fail(message: string, file: string | undefined, cause?: unknown): SentimentError {
  return new SentimentError('TARGETS_PARSE_FAILED', message, {
    ...(file === undefined ? {} : { file }),
    ...(cause === undefined ? {} : { cause }),
  });
}

/**
 * Read a targets file (DESIGN.md §5): `{ "targets": [ { "name", "aliases": [...] } ] }`, or the
 * bare array. A target without aliases is matched by its name.
 *
 * @param json - JSON text, or the already parsed value.
 * @param options - See {@link ParseTargetsOptions}.
 * @returns The targets in file order.
 * @throws {SentimentError} `TARGETS_PARSE_FAILED` for invalid JSON, a missing or duplicate name,
 *   or aliases that are not strings.
 */
export function parseTargets(json: string | unknown, options: ParseTargetsOptions = {}): Target[] {
  const { file } = options;
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (cause) {
      throw fail('targets file is not valid JSON', file, cause);
    }
  }
  const list =
    Array.isArray(data)
      ? data
      : data !== null && typeof data === 'object' && Array.isArray((data as { targets?: unknown }).targets)
        ? (data as { targets: unknown[] }).targets
        : undefined;
  if (list === undefined) throw fail('expected { "targets": [ { "name", "aliases" } ] }', file);
  const seen = new Set<string>();
  return list.map((item, i) => {
    if (item === null || typeof item !== 'object') throw fail(`target ${i + 1} is not an object`, file);
    const { name, aliases } = item as { name?: unknown; aliases?: unknown };
    if (typeof name !== 'string' || name.trim() === '') throw fail(`target ${i + 1} has no "name"`, file);
    if (seen.has(name)) throw fail(`target "${name}" is defined twice`, file);
    seen.add(name);
    if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string'))) {
      throw fail(`aliases of target "${name}" must be a list of strings`, file);
    }
    const cleaned = ((aliases as string[] | undefined) ?? []).map((alias) => alias.trim()).filter((alias) => alias !== '');
    return { name, aliases: cleaned.length > 0 ? cleaned : [name] };
  });
}
