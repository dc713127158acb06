// Consumer test (CommonJS): require every entry point of every package and print its export names.
// Run by scripts/consumer-test.mjs inside a temporary project; argv[2] is a JSON list of specifiers.
const result = {};
for (const specifier of JSON.parse(process.argv[2])) {
  const module = require(specifier);
  result[specifier] = Object.keys(module)
    .filter((name) => name !== '__esModule' && name !== 'default')
    .sort();
}
console.log(JSON.stringify(result));
