import Ajv from 'ajv';
import { reportSchema } from './report-schema.js';

let compiled: ReturnType<Ajv['compile']> | undefined;

/**
 * Validates a report object (or parsed report.json) against {@link reportSchema} with ajv, and
 * checks what a schema cannot say: the similarity matrices are square over `similarity.groups`.
 *
 * @param report - The value to check.
 * @returns `valid` and, when invalid, readable messages such as `/groups/0/sentiment/ci: must NOT have fewer than 2 items`.
 */
export function validateReport(report: unknown): { valid: boolean; errors: string[] } {
  compiled ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(reportSchema);
  const errors: string[] = [];
  if (!compiled(report)) {
    for (const error of compiled.errors ?? []) errors.push(`${error.instancePath || '/'}: ${error.message ?? 'invalid'}`);
    return { valid: false, errors };
  }
  const similarity = (report as { similarity: { groups: string[]; matrix: number[][]; delta?: number[][] } }).similarity;
  const size = similarity.groups.length;
  for (const key of ['matrix', 'delta'] as const) {
    const matrix = similarity[key];
    if (matrix === undefined) continue;
    if (matrix.length !== size || matrix.some((row) => row.length !== size)) {
      errors.push(`/similarity/${key}: must be a ${size} × ${size} matrix`);
    }
  }
  return { valid: errors.length === 0, errors };
}
