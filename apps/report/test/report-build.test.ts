import { readFileSync } from 'node:fs';
import { parseCorpus } from '@diskurs/parser';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render/render-html.js';
import { renderMarkdown } from '../src/render/render-markdown.js';
import { buildReport } from '../src/report/build-report.js';
import { validateReport } from '../src/schema/validate-report.js';
import type { Evidence } from '../src/report/types.js';
import { buildCorpusReport, REPOSITORY } from './fixtures/build-corpus-report.js';

const ENGLISH = 'apps/report/test/fixtures/english/corpus.txt';

describe('buildReport on an English corpus', () => {
  it('groups by author, counts documents and words, and states caveats', async () => {
    const report = await buildCorpusReport(ENGLISH);
    expect(report.groups.map((group) => [group.name, group.documents])).toEqual([
      ['Jane Miller', 2],
      ['Robert Chen', 2],
      ['Sam Okafor', 1],
    ]);
    expect(report.corpus.documents).toBe(5);
    expect(report.corpus.dates).toEqual({ first: '2025-01-12', last: '2025-05-09' });
    expect(report.corpus.tokens).toBe(report.groups.reduce((sum, group) => sum + group.tokens, 0));
    expect(report.caveats).toContainEqual(expect.objectContaining({ code: 'single-document', group: 'Sam Okafor' }));
    expect(report.similarity.groups).toEqual(['Jane Miller', 'Robert Chen', 'Sam Okafor']);
    expect(report.similarity.matrix[0]![0]).toBe(1);
    expect(report.similarity.delta[1]![1]).toBe(0);
  });

  it('cites evidence at the right file:line', async () => {
    const report = await buildCorpusReport(ENGLISH);
    const lines = readFileSync(`${REPOSITORY}${ENGLISH}`, 'utf8').split('\n');
    const evidence: Evidence[] = report.groups.flatMap((group) => [
      ...group.sentiment.mostPositive,
      ...group.sentiment.mostNegative,
      ...group.stance.flatMap((stance) => stance.evidence),
    ]);
    expect(evidence.length).toBeGreaterThan(10);
    for (const item of evidence) {
      expect(item.file).toBe(ENGLISH);
      expect(lines[item.line - 1]).toContain(item.text.slice(0, 30));
    }
  });

  it('finds stance toward the targets each author writes about, and quoted voice apart', async () => {
    const report = await buildCorpusReport(ENGLISH);
    const miller = report.groups[0]!;
    const chen = report.groups[1]!;
    expect(miller.stance.map((stance) => stance.target)).toEqual(expect.arrayContaining(['USA', 'China', 'NATO', 'Ukraine', 'Trump']));
    expect(chen.stance.map((stance) => stance.target)).toEqual(expect.arrayContaining(['DeepSeek', 'OpenAI/Big Tech', 'Milliardäre']));
    for (const stance of [...miller.stance, ...chen.stance]) {
      expect(stance.ci[0]).toBeLessThanOrEqual(stance.score);
      expect(stance.ci[1]).toBeGreaterThanOrEqual(stance.score);
    }
    expect(miller.sentiment.quoted.n).toBeGreaterThanOrEqual(1);
    expect(miller.sentiment.own.n + miller.sentiment.quoted.n).toBe(miller.sentiment.n);
    expect(chen.distinctiveTerms.map((term) => term.term.toLowerCase())).toEqual(expect.arrayContaining(['billionaire']));
  });

  it('groups by any attribute; documents without it form "unknown"', async () => {
    const byYear = await buildCorpusReport(ENGLISH, { groupBy: 'year' });
    expect(byYear.groups.map((group) => group.name)).toEqual(['2025']);
    expect(byYear.caveats[0]!.code).toBe('few-groups');
    const byOutlet = await buildCorpusReport(ENGLISH, { groupBy: 'outlet' });
    expect(byOutlet.groups.map((group) => group.name)).toEqual(['unknown']);
    expect(byOutlet.caveats.map((caveat) => caveat.code)).toContain('unknown-group');
  });

  it("gives every document its own sentiment and stance, whatever the order of documents and groups", async () => {
    const parsed = parseCorpus(readFileSync(`${REPOSITORY}${ENGLISH}`, 'utf8'), { path: ENGLISH });
    const inOrder = await buildReport(parsed.documents, parsed.warnings);
    // reversed, the groups (ordered by name) no longer list the documents in corpus order
    const reversed = await buildReport([...parsed.documents].reverse(), parsed.warnings);
    expect(reversed.documents.map((document) => document.name)).toEqual(inOrder.documents.map((document) => document.name).reverse());
    const figures = (document: (typeof inOrder.documents)[number]) => ({
      name: document.name,
      tokens: document.tokens,
      sentiment: document.sentiment,
      stance: document.stance,
    });
    const byName = new Map(inOrder.documents.map((document) => [document.name, figures(document)]));
    for (const document of reversed.documents) expect(figures(document)).toEqual(byName.get(document.name));
    // and they differ between documents, so that a mix-up would show
    expect(new Set(inOrder.documents.map((document) => document.sentiment.score)).size).toBeGreaterThan(1);
  });

  it('reports progress stage by stage up to the end', async () => {
    const calls: string[] = [];
    await buildCorpusReport(ENGLISH, { onProgress: (stage, done, total) => calls.push(`${stage} ${done}/${total}`) });
    const stages = [...new Set(calls.map((call) => call.split(' ')[0]))];
    expect(stages).toEqual(['analyze', 'keywords', 'sentiment', 'style', 'similarity']);
    expect(calls).toContain('analyze 5/5');
    expect(calls.at(-1)).toBe('similarity 1/1');
  });

  it('hands out a draft before keywords and topics that differs from the report only in those', async () => {
    let draft = '';
    const report = await buildCorpusReport(ENGLISH, {
      onDraft: (value) => {
        expect(value.topics).toEqual([]);
        expect(value.groups.every((group) => group.distinctiveTerms.length === 0 && group.topics.length === 0)).toBe(true);
        draft = JSON.stringify(value);
      },
    });
    expect(report.topics.length).toBeGreaterThan(0);
    expect(report.groups[0]!.keyphrases.length).toBeGreaterThan(0);
    const withoutKeywordsAndTopics = {
      ...report,
      topics: [],
      caveats: [],
      groups: report.groups.map((group) => ({ ...group, distinctiveTerms: [], keyphrases: [], entities: [], topics: [] })),
    };
    expect(draft).toBe(JSON.stringify(withoutKeywordsAndTopics));
  });

  it('gives a valid report for an empty corpus, an empty document and two one-line documents', async () => {
    for (const text of ['', '<<<FILE name="a" author="X">>>\n\n', '<<<FILE name="a" author="X">>>\nEin Satz.\n<<<FILE name="b" author="Y">>>\nZwei.\n']) {
      const { documents, warnings } = parseCorpus(text, { path: 'tiny.txt' });
      const report = await buildReport(documents, warnings, { lemmas: 'none' });
      expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual({ valid: true, errors: [] });
      expect(renderMarkdown(report)).toContain('## Methods');
      expect(await renderHtml(report)).toContain('</html>');
    }
  });
});
