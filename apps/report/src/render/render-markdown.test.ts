import { describe, expect, it } from 'vitest';
import { createSampleReport } from '../../test/fixtures/sample-report.js';
import { renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(createSampleReport());

  it('has every section in reading order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.slice(3));
    expect(headings).toEqual([
      'At a glance',
      'Corpus overview',
      'Caveats',
      'Distinctive terms',
      'Topics',
      'Sentiment',
      'Stance toward targets',
      'Style',
      'Similarity of groups',
      'Methods',
      'Warnings',
    ]);
  });

  it('shows figures for readers: fixed decimals, real minus, intervals, file:line', () => {
    expect(markdown).toContain('| Languages (share of tokens) | de 91.2 %, en 8.8 % |');
    expect(markdown).toContain('**zoll** 14 vs 4.5 · 12.3');
    expect(markdown).toContain('**−0.30** \\[−0.50, −0.10\\] n=12');
    expect(markdown).toContain('`corpus.txt:44`');
    expect(markdown).toContain('| unknown | 500 | 16.0 | – | 50.0 | 9.5 | 61.2 | 20.0 % | 0.0 % |');
    expect(markdown).toContain('Stance of "unknown" rests on few mentions (fewer than 5): China (2).');
  });

  it('sums up each group and the most and least alike pair at a glance', () => {
    expect(markdown).toContain('- **unknown** (1 document): distinctive partei; sentiment +0.15.');
    expect(markdown).toContain(
      '- **Anna &lt;script&gt;alert(1)&lt;/script&gt;** (2 documents): distinctive zoll, &lt;b&gt;fett&lt;/b&gt;; sentiment −0.08; stance toward USA (−0.30, n=12).',
    );
    expect(markdown).toContain('- **Most alike**: Anna &lt;script&gt;alert(1)&lt;/script&gt; and unknown (cosine 0.41); **most different**: Anna &lt;script&gt;alert(1)&lt;/script&gt; and unknown (Delta 1.20).');
  });

  it('never lets corpus text become markup', () => {
    expect(markdown).not.toMatch(/<script|<img|<b>/);
    expect(markdown).toContain('Anna &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdown).toContain('**&lt;b&gt;fett&lt;/b&gt;**');
    // Table rows keep their column count even with `|` in text.
    for (const line of markdown.split('\n').filter((row) => row.startsWith('| '))) {
      expect(line.endsWith(' |')).toBe(true);
    }
  });
});
