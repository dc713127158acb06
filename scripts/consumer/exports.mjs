// Consumer test (ESM): import every entry point of every package and print its export names.
// Run by scripts/consumer-test.mjs inside a temporary project; argv[2] is a JSON list of specifiers.
const result = {};
for (const specifier of JSON.parse(process.argv[2])) {
  const module = await import(specifier);
  result[specifier] = Object.keys(module)
    .filter((name) => name !== 'default' && name !== 'module.exports')
    .sort();
}
console.log(JSON.stringify(result));
