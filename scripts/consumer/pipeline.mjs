// Consumer test (ESM): the pipeline through `import`.
import * as keywords from '@diskurs/keywords';
import * as parser from '@diskurs/parser';
import * as sentiment from '@diskurs/sentiment';
import * as tokenizer from '@diskurs/tokenizer';
import { runPipeline } from './run-pipeline.cjs';

await runPipeline({ parser, tokenizer, keywords, sentiment }, 'esm');
