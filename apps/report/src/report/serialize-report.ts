import type { Report } from './types.js';

/**
 * Serialises a report as report.json: two-space indented JSON with a final newline. Numbers are
 * written exactly as computed (no rounding); key order is the report's construction order, so the
 * same report always gives the same bytes.
 *
 * @param report - The report object.
 */
export function serializeReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
