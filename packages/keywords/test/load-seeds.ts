import { readFileSync } from 'node:fs';
import { parseCorpus, parseManifest } from '@diskurs/parser';
import { createAnalyzer } from '@diskurs/tokenizer';
import type { KeywordGroup } from '../src/types.js';

const seeds = new URL('../../../seeds/', import.meta.url);

/** The seed corpus parsed (segments from the parser), analysed, grouped by author (`unknown` when missing). */
export async function loadSeedGroups(): Promise<KeywordGroup[]> {
  const manifest = parseManifest(readFileSync(new URL('metadata.csv', seeds), 'utf8'), {
    format: 'csv',
    path: 'seeds/metadata.csv',
  });
  const { documents } = parseCorpus(readFileSync(new URL('corpus.txt', seeds), 'utf8'), {
    path: 'seeds/corpus.txt',
    manifest,
  });
  const analyzer = await createAnalyzer();
  const groups = new Map<string, KeywordGroup & { documents: KeywordGroup['documents'][number][] }>();
  for (const document of documents) {
    const author = document.author ?? 'unknown';
    let group = groups.get(author);
    if (group === undefined) groups.set(author, (group = { name: author, documents: [] }));
    group.documents.push({ name: document.name, sentences: analyzer.analyze(document).sentences });
  }
  return [...groups.values()];
}
