// Consumer test (CommonJS): the pipeline through `require`.
const { runPipeline } = require('./run-pipeline.cjs');

runPipeline(
  {
    parser: require('@diskurs/parser'),
    tokenizer: require('@diskurs/tokenizer'),
    keywords: require('@diskurs/keywords'),
    sentiment: require('@diskurs/sentiment'),
  },
  'cjs',
).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
