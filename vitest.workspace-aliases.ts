import { fileURLToPath } from 'node:url';

const source = (pkg: string, entry = 'index') =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));

/**
 * Vitest aliases that resolve the workspace packages to their sources, so tests of a package that
 * imports a sibling run without building the sibling first.
 */
export const workspaceAliases = [
  { find: /^@diskurs\/parser\/node$/, replacement: source('parser', 'node') },
  { find: /^@diskurs\/parser$/, replacement: source('parser') },
  { find: /^@diskurs\/tokenizer$/, replacement: source('tokenizer') },
  { find: /^@diskurs\/keywords$/, replacement: source('keywords') },
  { find: /^@diskurs\/sentiment\/node$/, replacement: source('sentiment', 'node') },
  { find: /^@diskurs\/sentiment$/, replacement: source('sentiment') },
];
