import { InvalidArgumentError } from 'commander';

/** Report formats, in the order they are written. */
export const REPORT_FORMATS = ['md', 'html', 'json'] as const;
/** One report format. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Parses a whole number ≥ 1 (`--top`, `--min-count`). Throws commander's `InvalidArgumentError` (exit 2). */
export function parsePositiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) {
    throw new InvalidArgumentError('expected a whole number ≥ 1.');
  }
  return number;
}

/** Parses a seed: a whole number ≥ 0 (`--seed`). Throws `InvalidArgumentError` (exit 2). */
export function parseSeed(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number)) {
    throw new InvalidArgumentError('expected a whole number ≥ 0.');
  }
  return number;
}

/**
 * Parses `--topics`: a number of topics `K` (≥ 2), or a range `MIN..MAX` (also `MIN-MAX`) from
 * which the number is chosen by coherence. Throws `InvalidArgumentError` (exit 2).
 */
export function parseTopics(value: string): number | [number, number] {
  const range = /^\s*(\d+)\s*(?:\.\.|-)\s*(\d+)\s*$/.exec(value);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    if (min < 2 || max < min) throw new InvalidArgumentError('expected a range MIN..MAX with 2 ≤ MIN ≤ MAX.');
    return min === max ? min : [min, max];
  }
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 2) {
    throw new InvalidArgumentError('expected a number of topics ≥ 2 or a range such as 3..8.');
  }
  return Number(value);
}

/**
 * Parses `--format`: a comma-separated subset of `md,html,json`, returned without duplicates in
 * the canonical order. Throws `InvalidArgumentError` (exit 2) for unknown or missing formats.
 */
export function parseFormats(value: string): ReportFormat[] {
  const requested = value
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '')
    .map((part) => (part === 'markdown' ? 'md' : part));
  const unknown = requested.filter((part) => !(REPORT_FORMATS as readonly string[]).includes(part));
  if (unknown.length > 0) {
    throw new InvalidArgumentError(`unknown format ${unknown.join(', ')} (choose from ${REPORT_FORMATS.join(', ')}).`);
  }
  if (requested.length === 0) throw new InvalidArgumentError(`expected one or more of ${REPORT_FORMATS.join(', ')}.`);
  return REPORT_FORMATS.filter((format) => requested.includes(format));
}
