// Consumer test: parse → analyze → keywords, sentiment and stance on a small German and English
// corpus, through the packages as installed from their tarballs. Shared by pipeline.mjs (ESM
// imports) and pipeline.cjs (CommonJS requires); it receives the four package namespaces.
const assert = require('node:assert/strict');

const corpus = [
  '<<<FILE name="anna-1" author="Anna Adler" date="2025-03" title="Windkraft" lang="de">>>',
  'Die Windkraft ist eine schreckliche Katastrophe für unser Land.',
  'Die Regierung hat bei der Windkraft völlig versagt.',
  'Niemand will neue Windkraft im eigenen Dorf.',
  '',
  '<<<FILE name="anna-2" author="Anna Adler" date="2025-04" lang="de">>>',
  'China ist ein gefährlicher und aggressiver Rivale.',
  'Die billige Windkraft aus China zerstört unsere Industrie.',
  '',
  '<<<FILE name="ben-1" author="Ben Baker" date="2025-03" lang="en">>>',
  'The harvest festival was a wonderful success.',
  'Farmers celebrated the excellent harvest with their families.',
  'Everyone loved the harvest and the music.',
  '',
  '<<<FILE name="ben-2" author="Ben Baker" date="2025-05" lang="en">>>',
  'The new library is a great gift to the town.',
  'Children enjoy reading there after the harvest.',
  '',
].join('\n');

const targetsJson = JSON.stringify({
  targets: [
    { name: 'China', aliases: ['China', 'chinesisch*', 'Peking'] },
    { name: 'Mars', aliases: ['Mars'] },
  ],
});

async function runPipeline({ parser, tokenizer, keywords, sentiment }, label) {
  // Parser: documents with marker metadata, source locations, and a lossless round trip.
  const { documents, warnings } = parser.parseCorpus(corpus, { path: 'consumer.txt' });
  assert.equal(documents.length, 4, 'four documents');
  assert.deepEqual(warnings, [], 'no parse warnings');
  const [anna1, , ben1] = documents;
  assert.equal(anna1.name, 'anna-1');
  assert.equal(anna1.author, 'Anna Adler');
  assert.equal(anna1.provenance.author, 'marker');
  assert.equal(anna1.source.path, 'consumer.txt');
  assert.equal(anna1.source.line, 2, 'text of the first document starts on line 2');
  assert.ok(anna1.text.includes('Windkraft'));
  const again = parser.parseCorpus(parser.formatCorpus(documents)).documents;
  assert.deepEqual(
    again.map((d) => [d.name, d.author, d.text]),
    documents.map((d) => [d.name, d.author, d.text]),
    'formatCorpus → parseCorpus round-trips',
  );

  // Tokenizer: language per document, sentences, tokens with offsets and lemmas.
  const tokens = tokenizer.tokenize('Die Zölle steigen.');
  assert.deepEqual(
    tokens.filter((t) => t.kind === 'word').map((t) => t.text),
    ['Die', 'Zölle', 'steigen'],
  );
  const analyzer = await tokenizer.createAnalyzer(); // loads the language model and the dictionaries
  assert.equal(tokenizer.detectLanguage('Die Regierung hat bei der Windkraft völlig versagt.').lang, 'de');
  assert.equal(tokenizer.detectLanguage('Farmers celebrated the excellent harvest with their families.').lang, 'en');
  const analyses = documents.map((document) => analyzer.analyze(document));
  assert.deepEqual(
    analyses.map((a) => a.lang),
    ['de', 'de', 'en', 'en'],
    'document languages',
  );
  assert.equal(analyses[0].sentences.length, 3, 'three sentences in anna-1');
  const windkraft = analyses[0].sentences[0].tokens.find((t) => t.text === 'Windkraft');
  assert.ok(windkraft, 'token Windkraft');
  assert.equal(anna1.text.slice(windkraft.start, windkraft.end), 'Windkraft', 'token offsets point into the text');
  assert.equal(windkraft.lemma, 'windkraft');
  const viaAnalyze = await tokenizer.analyze(ben1);
  assert.deepEqual(viaAnalyze, analyses[2], 'analyze() and createAnalyzer().analyze() agree');

  // Keywords: the planted term of each author is distinctive for that author.
  const groups = ['Anna Adler', 'Ben Baker'].map((name) => ({
    name,
    documents: documents
      .map((document, index) => ({ document, analysis: analyses[index] }))
      .filter(({ document }) => document.author === name)
      .map(({ document, analysis }) => ({ name: document.name, sentences: analysis.sentences })),
  }));
  const report = keywords.extractKeywords(groups, { topics: 2, seed: 1 });
  const termsOf = (name) =>
    report.groups.find((g) => g.name === name).distinctiveTerms.map((t) => t.term.toLowerCase());
  assert.ok(termsOf('Anna Adler').includes('windkraft'), `windkraft distinctive for Anna: ${termsOf('Anna Adler')}`);
  assert.ok(termsOf('Ben Baker').includes('harvest'), `harvest distinctive for Ben: ${termsOf('Ben Baker')}`);
  assert.ok(!termsOf('Ben Baker').includes('windkraft'));
  assert.equal(report.topics.length, 2, 'two topics');
  assert.deepEqual(keywords.extractKeywords(groups, { topics: 2, seed: 1 }), report, 'keywords are deterministic');

  // Sentiment: a German negative text scores negative, an English positive one positive.
  const lexicons = await sentiment.loadLexicons();
  const negative = sentiment.scoreSentiment(analyses[0], lexicons);
  assert.ok(negative.score < 0, `anna-1 scores negative: ${negative.score}`);
  assert.equal(negative.label, 'negative');
  const positive = sentiment.scoreSentiment(analyses[2], lexicons);
  assert.ok(positive.score > 0, `ben-1 scores positive: ${positive.score}`);
  assert.equal(positive.label, 'positive');
  const [notGood] = (await tokenizer.analyze('Das ist nicht gut.')).sentences;
  const negated = sentiment.scoreSentence(notGood, lexicons);
  assert.ok(negated.score < 0, `"Das ist nicht gut." scores negative: ${negated.score}`);

  // Stance: anna-2 is hostile to China; Mars is never mentioned and therefore absent.
  const targets = sentiment.parseTargets(targetsJson);
  const stance = sentiment.scoreStance(analyses[1], targets, lexicons);
  const china = stance.find((s) => s.target === 'China');
  assert.ok(china, 'China has a stance');
  assert.equal(china.mentions, 2, 'China mentioned twice');
  assert.ok(china.score < 0, `stance toward China is negative: ${china.score}`);
  assert.ok(china.evidence.every((e) => e.line >= 1));
  assert.equal(
    stance.find((s) => s.target === 'Mars'),
    undefined,
    'unmentioned target absent',
  );

  console.log(
    `${label}: pipeline ok (anna-1 ${negative.score.toFixed(2)}, ben-1 ${positive.score.toFixed(2)}, ` +
      `stance China ${china.score.toFixed(2)}, keywords Anna: ${termsOf('Anna Adler').slice(0, 3).join(', ')}; ` +
      `Ben: ${termsOf('Ben Baker').slice(0, 3).join(', ')})`,
  );
}

module.exports = { runPipeline };
