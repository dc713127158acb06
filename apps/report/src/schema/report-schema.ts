/**
 * JSON Schema (draft-07) of report.json, schemaVersion 1 (DESIGN.md §6); `report.schema.json` beside
 * this file is its generated JSON copy (drift-tested). Every field named in §6 is
 * required; objects accept additional properties ("more may be added"), so later additions stay
 * valid for older readers.
 */

const number = { type: 'number' } as const;
const count = { type: 'integer', minimum: 0 } as const;
const share = { type: 'number', minimum: 0, maximum: 1 } as const;
const score = { type: 'number', minimum: -1, maximum: 1 } as const;
const string = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const nullableNumber = { type: ['number', 'null'] } as const;
const interval = { type: 'array', items: number, minItems: 2, maxItems: 2 } as const;
const shares = { type: 'object', additionalProperties: share } as const;
const counts = { type: 'object', additionalProperties: count } as const;

const sentimentSummary = {
  type: 'object',
  required: ['mean', 'ci', 'positive', 'negative', 'neutral', 'n'],
  properties: { mean: score, ci: interval, positive: share, negative: share, neutral: share, n: count },
} as const;

const evidence = {
  type: 'object',
  required: ['document', 'line', 'text', 'score', 'quoted'],
  properties: { document: string, file: string, line: count, text: string, score, quoted: { type: 'boolean' } },
} as const;

const group = {
  type: 'object',
  required: ['name', 'documents', 'tokens', 'distinctiveTerms', 'keyphrases', 'entities', 'topics', 'sentiment', 'stance', 'style'],
  properties: {
    name: string,
    documents: count,
    documentNames: { type: 'array', items: string },
    tokens: count,
    sentences: count,
    segments: counts,
    distinctiveTerms: {
      type: 'array',
      items: {
        type: 'object',
        required: ['term', 'score', 'statistic', 'count', 'expected'],
        properties: { term: string, score: number, statistic: string, count, expected: number },
      },
    },
    keyphrases: {
      type: 'array',
      items: { type: 'object', required: ['phrase', 'score'], properties: { phrase: string, score: number } },
    },
    entities: {
      type: 'array',
      items: { type: 'object', required: ['text', 'count'], properties: { text: string, count } },
    },
    topics: {
      type: 'array',
      items: { type: 'object', required: ['topic', 'weight'], properties: { topic: count, weight: share } },
    },
    sentiment: {
      ...sentimentSummary,
      properties: {
        ...sentimentSummary.properties,
        own: sentimentSummary,
        quoted: sentimentSummary,
        mostPositive: { type: 'array', items: evidence },
        mostNegative: { type: 'array', items: evidence },
      },
    },
    stance: {
      type: 'array',
      items: {
        type: 'object',
        required: ['target', 'score', 'ci', 'mentions', 'evidence'],
        properties: { target: string, score, ci: interval, mentions: count, evidence: { type: 'array', items: evidence } },
      },
    },
    style: {
      type: 'object',
      required: ['meanSentenceLength', 'lexicalDiversity', 'readability', 'englishShare', 'quoteShare'],
      properties: {
        meanSentenceLength: { type: 'number', minimum: 0 },
        lexicalDiversity: nullableNumber,
        readability: {
          type: 'object',
          properties: { fleschAmstad: nullableNumber, wienerSachtextformel: nullableNumber, fleschReadingEase: nullableNumber },
        },
        englishShare: share,
        quoteShare: share,
        words: count,
      },
    },
  },
} as const;

const squareMatrix = { type: 'array', items: { type: 'array', items: number } } as const;

/** The JSON Schema of report.json (schemaVersion 1). */
export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://diskurs.invalid/schema/report-1.json',
  title: 'diskurs report',
  type: 'object',
  required: ['schemaVersion', 'generatedBy', 'corpus', 'documents', 'groups', 'topics', 'similarity', 'warnings'],
  properties: {
    schemaVersion: { const: 1 },
    generatedBy: { type: 'object', required: ['name', 'version'], properties: { name: string, version: string } },
    corpus: {
      type: 'object',
      required: ['documents', 'sentences', 'tokens', 'languages'],
      properties: {
        documents: count,
        sentences: count,
        tokens: count,
        languages: shares,
        dates: {
          oneOf: [{ type: 'null' }, { type: 'object', required: ['first', 'last'], properties: { first: string, last: string } }],
        },
        segments: counts,
        groups: count,
      },
    },
    documents: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'author', 'date', 'title', 'source', 'tokens', 'sentences', 'languages', 'segments', 'sentiment', 'stance'],
        properties: {
          name: string,
          author: nullableString,
          date: nullableString,
          title: nullableString,
          group: string,
          source: { type: 'object', required: ['path', 'line'], properties: { path: string, line: count } },
          tokens: count,
          sentences: count,
          languages: shares,
          segments: counts,
          sentiment: {
            type: 'object',
            required: ['score', 'label', 'positive', 'negative', 'neutral'],
            properties: { score, label: string, positive: share, negative: share, neutral: share },
          },
          stance: {
            type: 'array',
            items: { type: 'object', required: ['target', 'score', 'mentions'], properties: { target: string, score, mentions: count } },
          },
        },
      },
    },
    groups: { type: 'array', items: group },
    topics: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'label', 'terms', 'coherence'],
        properties: {
          id: count,
          label: string,
          terms: {
            type: 'array',
            items: { type: 'object', required: ['term', 'weight'], properties: { term: string, weight: number } },
          },
          coherence: number,
        },
      },
    },
    similarity: {
      type: 'object',
      required: ['groups', 'matrix'],
      properties: {
        groups: { type: 'array', items: string },
        matrix: squareMatrix,
        delta: squareMatrix,
        deltaWords: count,
      },
    },
    warnings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'line', 'message'],
        properties: { code: string, file: string, line: count, message: string },
      },
    },
  },
} as const;
