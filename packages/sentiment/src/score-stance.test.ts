import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeText, getAnalyzer, getLexicons } from '../test/helpers.js';
import { parseTargets } from './parse-targets.js';
import { scoreStance } from './score-stance.js';
import { summarizeStance } from './summarize-stance.js';
import type { Lexicons } from './types.js';

const targets = parseTargets({
  targets: [
    { name: 'USA', aliases: ['USA', 'US', 'Vereinigte Staaten', 'Amerika', 'amerikanisch*', 'Washington', 'America'] },
    { name: 'China', aliases: ['China', 'chinesisch*', 'Peking', 'Beijing'] },
    { name: 'Russland', aliases: ['Russland', 'russisch*', 'Moskau'] },
  ],
});

let lexicons: Lexicons;

beforeAll(async () => {
  [lexicons] = await Promise.all([getLexicons(), getAnalyzer()]);
});

async function stance(text: string, options = {}, name?: string) {
  const document = await analyzeText(text, 'de');
  return scoreStance(name === undefined ? document : { ...document, name }, targets, lexicons, options);
}

describe('scoreStance', () => {
  it('scores the same target positive in one document and negative in another', async () => {
    const praise = await stance('China ist ein verlässlicher Partner. Peking investiert erfolgreich in Afrika.', {}, 'a');
    const attack = await stance('China ist eine brutale Diktatur. Peking betreibt Ausbeutung und Unterdrückung.', {}, 'b');
    expect(praise).toEqual([expect.objectContaining({ target: 'China', label: 'positive', mentions: 2 })]);
    expect(attack).toEqual([expect.objectContaining({ target: 'China', label: 'negative', mentions: 2 })]);
    expect(praise[0]!.score).toBeGreaterThan(0);
    expect(praise[0]!.ci[0]).toBeLessThanOrEqual(praise[0]!.score);
    expect(praise[0]!.ci[1]).toBeGreaterThanOrEqual(praise[0]!.score);
    expect(attack[0]!.score).toBeLessThan(0);
    expect(attack[0]!.evidence[0]).toMatchObject({ document: 'b', line: 1, quoted: false, mentions: ['China'] });
  });

  it('leaves never-mentioned targets out (no score, not zero)', async () => {
    const result = await stance('China ist ein guter Partner.');
    expect(result.map((item) => item.target)).toEqual(['China']);
  });

  it('keeps a target mentioned only inside a quotation, marked as quoted', async () => {
    const text = 'Der Minister sprach lange. „Russland ist ein gefährlicher Aggressor“, sagte er. Die Sitzung endete spät.';
    const result = await stance(text);
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ target: 'Russland', mentions: 1, quoted: { mentions: 1 } });
    expect(result[0]!.own).toBeUndefined();
    expect(result[0]!.evidence[0]!.quoted).toBe(true);
    expect(result[0]!.score).toBeLessThan(0);
    expect(await stance(text, { quotes: 'exclude' })).toEqual([]);
  });

  it('separates targets in different clauses of one sentence', async () => {
    const result = await stance('Die USA führen einen brutalen Krieg, aber China setzt auf Frieden.');
    const byTarget = Object.fromEntries(result.map((item) => [item.target, item.score]));
    expect(byTarget.USA).toBeLessThan(0);
    expect(byTarget.China).toBeGreaterThan(0);
  });

  it('weights terms by their distance to the mention', async () => {
    const [near] = await stance('Washington ist gefährlich.');
    const [far] = await stance('Washington hat in diesem langen und zähen Jahr wieder einmal sehr viel erlebt, gefährlich.');
    expect(near!.evidence[0]!.terms).toEqual([{ term: 'gefährlich', weight: expect.any(Number) }]);
    expect(Math.abs(near!.score)).toBeGreaterThan(Math.abs(far!.score));
  });

  it('counts aliases and genitives as mentions of one target', async () => {
    const [usa] = await stance('Amerikas Politik ist aggressiv. Die amerikanischen Medien lügen. Washington schweigt.');
    expect(usa).toMatchObject({ target: 'USA', mentions: 3 });
    expect(usa!.evidence.map((item) => item.mentions)).toEqual([['Amerikas'], ['amerikanischen'], ['Washington']]);
    expect(usa!.evidence[2]!.score).toBe(0);
  });

  it('skips the intervals with resamples: 0 and keeps everything else', async () => {
    const document = await analyzeText('China ist ein verlässlicher Partner. Peking investiert erfolgreich in Afrika.', 'de');
    const [full] = scoreStance(document, targets, lexicons);
    const [lean] = scoreStance(document, targets, lexicons, { resamples: 0 });
    expect(lean!.ci).toEqual([lean!.score, lean!.score]);
    expect(full!.ci[0]).toBeLessThan(full!.ci[1]);
    expect({ ...lean, ci: full!.ci }).toEqual(full);
  });
});

describe('summarizeStance', () => {
  it('pools documents per target with a seeded bootstrap interval and the strongest evidence', async () => {
    const a = await stance('China ist ein verlässlicher Partner. Russland ist gefährlich.', {}, 'a');
    const b = await stance('China ist eine brutale Diktatur.', {}, 'b');
    const c = await stance('China wächst. Peking baut erfolgreich Häfen.', {}, 'c');
    const documents = [
      { document: 'a', stance: a },
      { document: 'b', stance: b },
      { document: 'c', stance: c },
    ];
    const group = summarizeStance(documents, { seed: 2, evidence: 2, order: ['USA', 'China', 'Russland'] });
    expect(group.map((item) => item.target)).toEqual(['China', 'Russland']);
    const china = group[0]!;
    expect(china).toMatchObject({ mentions: 4, documents: 3 });
    expect(china.evidence).toHaveLength(2);
    expect(Math.abs(china.evidence[0]!.score)).toBeGreaterThanOrEqual(Math.abs(china.evidence[1]!.score));
    expect(china.ci[0]).toBeLessThanOrEqual(china.score);
    expect(china.ci[1]).toBeGreaterThanOrEqual(china.score);
    expect(summarizeStance(documents, { seed: 2, evidence: 2 })).toEqual(summarizeStance(documents, { seed: 2, evidence: 2 }));
  });
});
