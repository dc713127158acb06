import { createAnalyzer } from '@diskurs/tokenizer';
import { extractKeywords, loadGermanLexicon } from '@diskurs/keywords';

const texts = {
  Anna: [
    'Die Vereinigten Staaten erheben neue Zölle. Der Zoll auf Stahl trifft den Handel mit China.',
    'Im Handel mit China zählen Zölle mehr als Verträge. Die Vereinigten Staaten drohen mit weiteren Zöllen.',
  ],
  Ben: [
    'Die NATO plant Manöver an der Ostflanke. Der Krieg in der Ukraine dauert an.',
    'Pepe Escobar schreibt über den Krieg und die NATO. Die Ukraine braucht Frieden.',
  ],
};
const analyzer = await createAnalyzer();
const lexicon = await loadGermanLexicon(); // optional: tells German common nouns from names
const groups = Object.entries(texts).map(([name, documents]) => ({
  name,
  documents: documents.map((text, i) => ({ name: `${name}-${i + 1}`, sentences: analyzer.analyze(text).sentences })),
}));
const report = extractKeywords(groups, { top: 3, minCount: 2, topics: 2, lexicon });
console.log(JSON.stringify(report.groups[0], null, 2));
console.log(JSON.stringify(report.topics.map((topic) => topic.label)));
