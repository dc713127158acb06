import { FEW_MENTIONS } from '../report/find-caveats.js';
import type { Evidence, GroupStance, Report, ReportGroup, SentimentSummary } from '../report/types.js';
import { buildSegmentChart } from './build-segment-chart.js';
import { buildSentimentChart } from './build-sentiment-chart.js';
import { buildSimilarityChart } from './build-similarity-chart.js';
import { buildStanceChart } from './build-stance-chart.js';
import { buildTopicChart } from './build-topic-chart.js';
import { formatInterval, formatNumber } from './format-number.js';
import type { Block, Cell, Inline } from './outline-types.js';

/** Most groups shown side by side in one table; more get one table per group. */
const MAX_SIDE_BY_SIDE = 6;
/** Most groups shown as a full similarity matrix; more get a nearest-neighbour table. */
const MAX_MATRIX = 12;
/** Evidence sentences are cut to this many characters in Markdown and HTML (JSON keeps them whole). */
const MAX_EVIDENCE_CHARS = 300;

const STATISTIC_NAMES: Record<string, string> = {
  g2: 'log-likelihood G²',
  chi2: 'chi-squared',
  logratio: 'log ratio',
  logodds: 'log-odds ratio with informative Dirichlet prior (z-score)',
};

const count = (value: number) => formatNumber(value, { style: 'count' });
const percent = (value: number) => formatNumber(value, { style: 'percent' });
const signed = (value: number) => formatNumber(value, { style: 'signed' });
const truncate = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_EVIDENCE_CHARS ? `${flat.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : flat;
};

/** Names a distinctive-term statistic for readers (`g2` → `log-likelihood G²`). */
export function nameStatistic(statistic: string): string {
  return STATISTIC_NAMES[statistic] ?? statistic;
}

function describeSummary(summary: SentimentSummary): Inline[] {
  if (summary.n === 0) return [{ muted: 'no sentences' }];
  return [`${signed(summary.mean)} ${formatInterval(summary.ci)}`, { muted: ` n=${count(summary.n)}` }];
}

function describeEvidence(evidence: Evidence): Inline[] {
  return [
    { strong: signed(evidence.score) },
    ` ${truncate(evidence.text)} `,
    { code: `${evidence.file}:${evidence.line}` },
    ...(evidence.quoted ? [{ muted: ' (quoted)' }] : []),
  ];
}

/** One table with a column per group (few groups) or one table per group side by side (many). */
function compareGroups<T>(
  groups: readonly ReportGroup[],
  select: (group: ReportGroup) => readonly T[],
  describe: (item: T) => Inline[],
  columns: { header: string[]; row: (item: T) => Cell[]; align: ('left' | 'right')[] },
): Block[] {
  const longest = Math.max(0, ...groups.map((group) => select(group).length));
  if (longest === 0) return [{ type: 'paragraph', content: [{ muted: 'Nothing found.' }] }];
  if (groups.length <= MAX_SIDE_BY_SIDE) {
    const rows: Cell[][] = [];
    for (let index = 0; index < longest; index += 1) {
      rows.push([String(index + 1), ...groups.map((group) => { const item = select(group)[index]; return item === undefined ? '' : describe(item); })]);
    }
    return [{ type: 'table', header: ['#', ...groups.map((group) => group.name)], rows, align: ['right', ...groups.map(() => 'left' as const)], className: 'side-by-side' }];
  }
  return [
    {
      type: 'columns',
      columns: groups.map((group) => ({
        title: group.name,
        blocks: select(group).length === 0
          ? [{ type: 'paragraph', content: [{ muted: 'Nothing found.' }] }]
          : [{ type: 'table', header: columns.header, rows: select(group).map(columns.row), align: columns.align }],
      })),
    },
  ];
}

function overview(report: Report): Block[] {
  const { corpus } = report;
  const languages = Object.entries(corpus.languages)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([lang, share]) => `${lang} ${percent(share)}`)
    .join(', ');
  const ownKinds = new Set(report.options.segments);
  const segmentTotal = (segments: Record<string, number>) => Object.values(segments).reduce((sum, value) => sum + value, 0);
  const segmentColumns = ['own text', 'quote', 'embed', 'comments', 'boilerplate', 'other'];
  const segmentRow = (name: string, segments: Record<string, number>): Cell[] => {
    const total = segmentTotal(segments);
    const sums = new Map<string, number>(segmentColumns.map((column) => [column, 0]));
    for (const [kind, chars] of Object.entries(segments)) {
      const column = ownKinds.has(kind) ? 'own text' : segmentColumns.includes(kind) ? kind : 'other';
      sums.set(column, (sums.get(column) ?? 0) + chars);
    }
    return [name, ...segmentColumns.map((column) => {
      const chars = sums.get(column) ?? 0;
      return chars === 0 ? '–' : [count(chars), { muted: ` (${percent(total > 0 ? chars / total : 0)})` }];
    })];
  };
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'Corpus overview', id: 'overview' },
    {
      type: 'table',
      header: ['Measure', 'Value'],
      align: ['left', 'right'],
      rows: [
        ['Documents', count(corpus.documents)],
        [`Groups (by ${report.options.groupBy})`, count(report.groups.length)],
        ['Sentences (own text)', count(corpus.sentences)],
        ['Tokens (own text)', count(corpus.tokens)],
        ['Dates', corpus.dates ? (corpus.dates.first === corpus.dates.last ? corpus.dates.first : `${corpus.dates.first} to ${corpus.dates.last}`) : '–'],
        ['Languages (share of tokens)', languages || '–'],
        ['Warnings', count(report.warnings.length)],
      ],
    },
    { type: 'heading', level: 3, text: 'What was analysed', id: 'segments' },
    {
      type: 'paragraph',
      content: [
        `Analyses run on the authors' own text (${report.options.segments.join(', ')}). Quotes and embeds are scored separately as the quoted voice; comments, boilerplate, headers and removed markup are left out and only counted here (characters).`,
      ],
    },
    {
      type: 'table',
      header: ['Group', 'Own text', 'Quotes', 'Embeds', 'Comments', 'Boilerplate', 'Other'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: [...report.groups.map((group) => segmentRow(group.name, group.segments)), segmentRow('All', corpus.segments)],
    },
  ];
  const segmentChart = buildSegmentChart(report);
  if (segmentChart) blocks.push({ type: 'chart', title: 'Segments per group', spec: segmentChart });
  blocks.push(
    { type: 'heading', level: 3, text: 'Documents', id: 'documents' },
    {
      type: 'table',
      header: ['Document', 'Group', 'Date', 'Title', 'Source', 'Tokens', 'Sentences', 'Languages', 'Sentiment'],
      align: ['left', 'left', 'nowrap', 'left', 'nowrap', 'right', 'right', 'left', 'right'],
      rows: report.documents.map((document) => [
        document.name,
        document.group,
        document.date ?? '–',
        document.title ?? '–',
        { code: `${document.source.path}:${document.source.line}` },
        count(document.tokens),
        count(document.sentences),
        Object.entries(document.languages)
          .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
          .map(([lang, share]) => `${lang} ${formatNumber(share, { style: 'percent', decimals: 0 })}`)
          .join(', ') || '–',
        [signed(document.sentiment.score), { muted: ` ${document.sentiment.label}` }],
      ]),
    },
  );
  return blocks;
}

/** Caveats as list items; thin stance cells are merged into one item per group. */
function describeCaveats(report: Report): Inline[][] {
  const items: Inline[][] = [];
  const thin = new Map<string, string[]>();
  for (const caveat of report.caveats) {
    if (caveat.code !== 'few-mentions' || caveat.group === undefined || caveat.target === undefined) {
      items.push([caveat.message]);
      continue;
    }
    const mentions = report.groups.find((group) => group.name === caveat.group)?.stance.find((entry) => entry.target === caveat.target)?.mentions;
    const cells = thin.get(caveat.group) ?? [];
    cells.push(mentions === undefined ? caveat.target : `${caveat.target} (${mentions})`);
    thin.set(caveat.group, cells);
  }
  for (const [group, cells] of thin) {
    items.push([`Stance of "${group}" rests on few mentions (fewer than ${FEW_MENTIONS}): ${cells.join(', ')}.`]);
  }
  return items;
}

/** A few lines per group, and the most and least alike pair, before the details. */
function glance(report: Report): Block[] {
  if (report.groups.length === 0) return [];
  const items: Inline[][] = report.groups.map((group) => {
    const terms = group.distinctiveTerms.slice(0, 5).map((term) => term.term);
    const reliable = group.stance.filter((entry) => entry.mentions >= FEW_MENTIONS);
    const most = (better: (a: GroupStance, b: GroupStance) => boolean) =>
      reliable.reduce<GroupStance | undefined>((best, entry) => (best === undefined || better(entry, best) ? entry : best), undefined);
    const negative = most((a, b) => a.score < b.score);
    const positive = most((a, b) => a.score > b.score);
    const stanceText = (entry: GroupStance) => `${entry.target} (${signed(entry.score)}, n=${count(entry.mentions)})`;
    const pieces: Inline[] = [
      { strong: group.name },
      ` (${count(group.documents)} document${group.documents === 1 ? '' : 's'}): `,
      terms.length > 0 ? `distinctive ${terms.join(', ')}; ` : '',
      `sentiment ${signed(group.sentiment.mean)}`,
    ];
    if (negative && positive && negative !== positive) {
      pieces.push(`; stance lowest toward ${stanceText(negative)}, highest toward ${stanceText(positive)}`);
    } else if (negative) {
      pieces.push(`; stance toward ${stanceText(negative)}`);
    }
    pieces.push('.');
    return pieces.filter((piece) => piece !== '');
  });
  const { groups, matrix, delta } = report.similarity;
  if (groups.length >= 2) {
    let alike: [number, number] = [0, 1];
    let apart: [number, number] = [0, 1];
    for (let row = 0; row < groups.length; row += 1) {
      for (let column = row + 1; column < groups.length; column += 1) {
        if ((matrix[row]?.[column] ?? 0) > (matrix[alike[0]]?.[alike[1]] ?? 0)) alike = [row, column];
        if ((delta[row]?.[column] ?? 0) > (delta[apart[0]]?.[apart[1]] ?? 0)) apart = [row, column];
      }
    }
    items.push([
      { strong: 'Most alike' },
      `: ${groups[alike[0]]} and ${groups[alike[1]]} (cosine ${formatNumber(matrix[alike[0]]?.[alike[1]])}); `,
      { strong: 'most different' },
      `: ${groups[apart[0]]} and ${groups[apart[1]]} (Delta ${formatNumber(delta[apart[0]]?.[apart[1]])}).`,
    ]);
  }
  return [
    { type: 'heading', level: 2, text: 'At a glance', id: 'glance' },
    { type: 'list', items },
    ...(report.caveats.length > 0 ? [{ type: 'paragraph' as const, content: [{ muted: `${report.caveats.length} caveat${report.caveats.length === 1 ? '' : 's'} below: read thin figures with care.` }] }] : []),
  ];
}

function caveats(report: Report): Block[] {
  if (report.caveats.length === 0) return [];
  return [
    { type: 'heading', level: 2, text: 'Caveats', id: 'caveats' },
    { type: 'paragraph', content: ['Where the data is thin, read the figures below with care:'] },
    { type: 'list', items: describeCaveats(report) },
  ];
}

function terms(report: Report): Block[] {
  const statistic = report.groups.flatMap((group) => group.distinctiveTerms)[0]?.statistic ?? report.options.statistic;
  return [
    { type: 'heading', level: 2, text: 'Distinctive terms', id: 'terms' },
    {
      type: 'paragraph',
      content: [
        `Terms each group uses more often than the rest of the corpus, ranked by ${nameStatistic(statistic)}. Each entry gives the group's count vs the count expected if the group used the term at the rate of the whole corpus, then the score (lemmas of the own text).`,
      ],
    },
    ...compareGroups(
      report.groups,
      (group) => group.distinctiveTerms,
      (term) => [{ strong: term.term }, ` ${count(term.count)} vs ${formatNumber(term.expected, { decimals: 1 })}`, { muted: ` · ${formatNumber(term.score, { decimals: 1 })}` }],
      {
        header: ['Term', 'Count', 'Expected', 'Score'],
        align: ['left', 'right', 'right', 'right'],
        row: (term) => [term.term, count(term.count), formatNumber(term.expected, { decimals: 1 }), formatNumber(term.score, { decimals: 1 })],
      },
    ),
    { type: 'heading', level: 3, text: 'Keyphrases', id: 'keyphrases' },
    ...compareGroups(
      report.groups,
      (group) => group.keyphrases,
      (phrase) => [phrase.phrase, { muted: ` · ${formatNumber(phrase.score, { decimals: 3 })}` }],
      { header: ['Phrase', 'Score'], align: ['left', 'right'], row: (phrase) => [phrase.phrase, formatNumber(phrase.score, { decimals: 3 })] },
    ),
    { type: 'heading', level: 3, text: 'Entities', id: 'entities' },
    ...compareGroups(
      report.groups,
      (group) => group.entities,
      (entity) => [entity.text, { muted: ` ${count(entity.count)}×` }],
      { header: ['Entity', 'Count'], align: ['left', 'right'], row: (entity) => [entity.text, count(entity.count)] },
    ),
  ];
}

function topics(report: Report): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 2, text: 'Topics', id: 'topics' }];
  if (report.topics.length === 0) {
    blocks.push({ type: 'paragraph', content: [{ muted: 'No topics (too little text).' }] });
    return blocks;
  }
  blocks.push(
    { type: 'paragraph', content: [`${report.methods.topics} Coherence is NPMI of the top terms' co-occurrence, from −1 to +1 (higher is more coherent; above 0 the terms occur together more than by chance).`] },
    {
      type: 'table',
      header: ['Topic', 'Label', 'Top terms', 'Coherence'],
      align: ['left', 'left', 'left', 'right'],
      rows: report.topics.map((topic) => [`T${topic.id + 1}`, { strong: topic.label }, topic.terms.map((term) => term.term).join(', '), formatNumber(topic.coherence)]),
    },
  );
  const chart = buildTopicChart(report);
  if (chart) blocks.push({ type: 'chart', title: 'Topic share per group', spec: chart });
  blocks.push({
    type: 'table',
    header: ['Group', ...report.topics.map((topic) => `T${topic.id + 1}`)],
    align: ['left', ...report.topics.map(() => 'right' as const)],
    rows: report.groups.map((group) => [
      group.name,
      ...report.topics.map((topic) => {
        const weight = group.topics.find((entry) => entry.topic === topic.id)?.weight;
        return weight === undefined ? '–' : formatNumber(weight, { style: 'percent', decimals: 0 });
      }),
    ]),
  });
  return blocks;
}

function sentiment(report: Report): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'Sentiment', id: 'sentiment' },
    {
      type: 'paragraph',
      content: [
        `${report.methods.sentiment} Means are over sentences, from −1 (negative) to +1 (positive), with 95 % intervals (seed ${report.options.seed}). Own voice is the author's text outside quotation marks; quoted is quote segments, embeds and text in quotation marks.`,
      ],
    },
    {
      type: 'table',
      header: ['Group', 'Mean', '95 % interval', 'Positive', 'Neutral', 'Negative', 'Sentences', 'Own voice', 'Quoted'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: report.groups.map((group) => [
        group.name,
        signed(group.sentiment.mean),
        formatInterval(group.sentiment.ci),
        percent(group.sentiment.positive),
        percent(group.sentiment.neutral),
        percent(group.sentiment.negative),
        count(group.sentiment.n),
        describeSummary(group.sentiment.own),
        describeSummary(group.sentiment.quoted),
      ]),
    },
  ];
  const chart = buildSentimentChart(report);
  if (chart) blocks.push({ type: 'chart', title: 'Mean sentiment, own voice vs quoted', spec: chart });
  blocks.push(
    { type: 'heading', level: 3, text: 'Evidence: most positive and most negative sentences', id: 'sentiment-evidence' },
    {
      type: 'columns',
      columns: report.groups.map((group) => ({
        title: group.name,
        blocks: [
          { type: 'paragraph', content: [{ strong: 'Most positive' }] },
          group.sentiment.mostPositive.length > 0 ? { type: 'list', items: group.sentiment.mostPositive.map(describeEvidence) } : { type: 'paragraph', content: [{ muted: 'None.' }] },
          { type: 'paragraph', content: [{ strong: 'Most negative' }] },
          group.sentiment.mostNegative.length > 0 ? { type: 'list', items: group.sentiment.mostNegative.map(describeEvidence) } : { type: 'paragraph', content: [{ muted: 'None.' }] },
        ],
      })),
    },
  );
  return blocks;
}

function stance(report: Report): Block[] {
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'Stance toward targets', id: 'stance' },
    {
      type: 'paragraph',
      content: [
        `${report.methods.stance} Each cell: mean stance from −1 (against) to +1 (for), 95 % interval, and the number of mentions. Empty cells: never mentioned.`,
      ],
    },
  ];
  const mentioned = report.options.targets.filter((target) => report.groups.some((group) => group.stance.some((entry) => entry.target === target)));
  if (mentioned.length === 0) {
    blocks.push({ type: 'paragraph', content: [{ muted: 'No target is mentioned.' }] });
    return blocks;
  }
  const chart = buildStanceChart(report);
  if (chart) blocks.push({ type: 'chart', title: 'Stance per group and target', spec: chart });
  const find = (group: ReportGroup, target: string): GroupStance | undefined => group.stance.find((entry) => entry.target === target);
  const describeCell = (group: ReportGroup, target: string): Cell => {
    const entry = find(group, target);
    return entry === undefined ? '–' : [{ strong: signed(entry.score) }, ` ${formatInterval(entry.ci)}`, { muted: ` n=${count(entry.mentions)}` }];
  };
  // Groups across when there are no more groups than targets (as in the chart), targets across otherwise.
  const table: Block =
    report.groups.length <= mentioned.length
      ? {
          type: 'table',
          header: ['Target', ...report.groups.map((group) => group.name)],
          align: ['left', ...report.groups.map(() => 'right' as const)],
          rows: mentioned.map((target) => [target, ...report.groups.map((group) => describeCell(group, target))]),
        }
      : {
          type: 'table',
          header: ['Group', ...mentioned],
          align: ['left', ...mentioned.map(() => 'right' as const)],
          rows: report.groups.map((group) => [group.name, ...mentioned.map((target) => describeCell(group, target))]),
        };
  blocks.push(
    table,
    { type: 'heading', level: 3, text: 'Evidence', id: 'stance-evidence' },
    {
      type: 'columns',
      columns: report.groups.map((group) => ({
        title: group.name,
        blocks:
          group.stance.length === 0
            ? [{ type: 'paragraph', content: [{ muted: 'No target mentioned.' }] }]
            : group.stance.flatMap((entry): Block[] => [
                { type: 'paragraph', content: [{ strong: entry.target }, { muted: ` ${signed(entry.score)}, n=${count(entry.mentions)}` }] },
                { type: 'list', items: entry.evidence.map(describeEvidence) },
              ]),
      })),
    },
  );
  return blocks;
}

function style(report: Report): Block[] {
  return [
    { type: 'heading', level: 2, text: 'Style', id: 'style' },
    {
      type: 'paragraph',
      content: [
        'Mean sentence length in words. MTLD: lexical diversity, higher means a more varied vocabulary, independent of text length. Flesch–Amstad (German) and Flesch (English): 0–100, higher is easier (below 30 is very hard). Wiener Sachtextformel: school grade 4 (easy) to 15 (very hard). Shares are of the words in own text, quotes and embeds.',
      ],
    },
    {
      type: 'table',
      header: ['Group', 'Words', 'Sentence length', 'MTLD', 'Flesch–Amstad', 'Wiener Sachtextformel', 'Flesch (English)', 'English', 'Quoted'],
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      rows: report.groups.map((group) => [
        group.name,
        count(group.style.words),
        formatNumber(group.style.meanSentenceLength, { decimals: 1 }),
        formatNumber(group.style.lexicalDiversity, { decimals: 1 }),
        formatNumber(group.style.readability.fleschAmstad, { decimals: 1 }),
        formatNumber(group.style.readability.wienerSachtextformel, { decimals: 1 }),
        formatNumber(group.style.readability.fleschReadingEase, { decimals: 1 }),
        percent(group.style.englishShare),
        percent(group.style.quoteShare),
      ]),
    },
  ];
}

function similarity(report: Report): Block[] {
  const { groups, matrix, delta, deltaWords } = report.similarity;
  const blocks: Block[] = [
    { type: 'heading', level: 2, text: 'Similarity of groups', id: 'similarity' },
    {
      type: 'paragraph',
      content: [
        `${report.methods.similarity} Cosine: 1 = same term profile, 0 = nothing shared. Burrows' Delta over the ${count(deltaWords)} most frequent words: 0 = same, around 1 and above = different hands.`,
      ],
    },
  ];
  if (groups.length < 2) {
    blocks.push({ type: 'paragraph', content: [{ muted: 'Only one group: nothing to compare.' }] });
    return blocks;
  }
  const chart = buildSimilarityChart(report);
  if (chart) blocks.push({ type: 'chart', title: 'Similarity matrix', spec: chart });
  if (groups.length <= MAX_MATRIX) {
    for (const [title, values] of [['Cosine similarity', matrix], ["Burrows' Delta", delta]] as const) {
      blocks.push({ type: 'paragraph', content: [{ strong: title }] });
      blocks.push({
        type: 'table',
        header: ['', ...groups],
        align: ['left', ...groups.map(() => 'right' as const)],
        rows: groups.map((group, row) => [group, ...groups.map((_, column) => formatNumber(values[row]?.[column]))]),
      });
    }
    return blocks;
  }
  const nearest = (values: number[][], row: number, best: (a: number, b: number) => boolean) => {
    let found = -1;
    values[row]?.forEach((value, column) => {
      if (column !== row && (found < 0 || best(value, values[row]![found]!))) found = column;
    });
    return found;
  };
  blocks.push({
    type: 'table',
    header: ['Group', 'Most similar (cosine)', 'Nearest (Delta)'],
    rows: groups.map((group, row) => {
      const byCosine = nearest(matrix, row, (a, b) => a > b);
      const byDelta = nearest(delta, row, (a, b) => a < b);
      return [
        group,
        [groups[byCosine] ?? '–', { muted: ` ${formatNumber(matrix[row]?.[byCosine])}` }],
        [groups[byDelta] ?? '–', { muted: ` ${formatNumber(delta[row]?.[byDelta])}` }],
      ];
    }),
  });
  return blocks;
}

function methods(report: Report): Block[] {
  const { options } = report;
  const topicsOption = options.topics === null ? 'chosen by coherence' : Array.isArray(options.topics) ? `${options.topics[0]}–${options.topics[1]}, chosen by coherence` : String(options.topics);
  return [
    { type: 'heading', level: 2, text: 'Methods', id: 'methods' },
    {
      type: 'list',
      items: [
        [{ strong: 'Distinctive terms: ' }, report.methods.statistic],
        [{ strong: 'Topics: ' }, report.methods.topics],
        [{ strong: 'Sentiment: ' }, report.methods.sentiment],
        [{ strong: 'Stance: ' }, report.methods.stance],
        [{ strong: 'Style: ' }, report.methods.style],
        [{ strong: 'Similarity: ' }, report.methods.similarity],
      ],
    },
    { type: 'heading', level: 3, text: 'Lexicons and data', id: 'lexicons' },
    {
      type: 'table',
      header: ['Data', 'Source', 'Licence'],
      rows: report.methods.lexicons.map((lexicon) => [lexicon.name, lexicon.source, lexicon.licence]),
    },
    { type: 'heading', level: 3, text: 'Options', id: 'options' },
    {
      type: 'table',
      header: ['Option', 'Value'],
      rows: [
        ['Group by', options.groupBy],
        ['Seed', String(options.seed)],
        ['Statistic', nameStatistic(options.statistic)],
        ['Top entries', String(options.top)],
        ['Topics', topicsOption],
        ['Default language', options.lang ?? 'detected'],
        ['Segments analysed', options.segments.join(', ')],
        ['Targets', options.targets.join(', ') || '–'],
        ['Version', `${report.generatedBy.name} ${report.generatedBy.version}, report schema ${report.schemaVersion}`],
      ],
    },
  ];
}

function warnings(report: Report): Block[] {
  return [
    { type: 'heading', level: 2, text: 'Warnings', id: 'warnings' },
    report.warnings.length === 0
      ? { type: 'paragraph', content: [{ muted: 'None.' }] }
      : { type: 'list', items: report.warnings.map((warning) => [{ code: `${warning.file}:${warning.line}` }, ` ${warning.message}`]) },
  ];
}

/**
 * Lays out a report as format-neutral blocks (headings, paragraphs, tables, charts, side-by-side
 * columns), in reading order: at a glance, overview, caveats, distinctive terms, topics, sentiment, stance,
 * style, similarity, methods, warnings. Numbers are formatted here, so Markdown and HTML say the same.
 *
 * @param report - The report object.
 */
export function buildOutline(report: Report): Block[] {
  const { corpus } = report;
  const intro: Inline[] = [
    `${count(corpus.documents)} documents in ${count(report.groups.length)} groups (by ${report.options.groupBy})`,
    corpus.dates ? `, ${corpus.dates.first} to ${corpus.dates.last}` : '',
    `; ${count(corpus.tokens)} tokens of own text. ${report.generatedBy.name} ${report.generatedBy.version}, seed ${report.options.seed}.`,
  ];
  return [
    { type: 'heading', level: 1, text: 'diskurs report', id: 'top' },
    { type: 'paragraph', content: intro.filter((piece) => piece !== '') },
    ...glance(report),
    ...overview(report),
    ...caveats(report),
    ...terms(report),
    ...topics(report),
    ...sentiment(report),
    ...stance(report),
    ...style(report),
    ...similarity(report),
    ...methods(report),
    ...warnings(report),
  ];
}
