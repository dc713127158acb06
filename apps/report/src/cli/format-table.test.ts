import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table';

describe('formatTable', () => {
  it('aligns columns, right-aligns numbers and collapses whitespace', () => {
    const text = formatTable(
      [{ header: 'name' }, { header: 'count', align: 'right' }],
      [
        ['Zölle', '3'],
        ['multi\nline', '1,234'],
      ],
    );
    expect(text).toBe(['name        count', '──────────  ─────', 'Zölle           3', 'multi line  1,234', ''].join('\n'));
  });

  it('cuts long cells with an ellipsis', () => {
    const text = formatTable([{ header: 'title', maxWidth: 6 }], [['Disco Inferno']]);
    expect(text.split('\n')[2]).toBe('Disco…');
  });

  it('makes the header bold only with colour', () => {
    expect(formatTable([{ header: 'a' }], [], { color: true }).startsWith('\u001b[1ma\u001b[22m')).toBe(true);
    expect(formatTable([{ header: 'a' }], [])).toBe('a\n─\n');
  });
});
