import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportSchema } from './report-schema.js';

const FILE = new URL('./report.schema.json', import.meta.url);

describe('report.schema.json', () => {
  it('is the generated copy of reportSchema for tools outside TypeScript (UPDATE_SCHEMA=1 regenerates)', () => {
    const json = `${JSON.stringify(reportSchema, null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, json);
    expect(existsSync(FILE)).toBe(true);
    expect(readFileSync(FILE, 'utf8')).toBe(json);
  });
});
