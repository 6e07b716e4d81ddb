// Checks that each compiled operation's stored text is byte-identical to graphql-js `print()`
// of its stored DocumentNode. Input: a JSON array of { id, document, text } written by the
// builder's print-parity test.
import { readFileSync } from "node:fs";
import { print } from "graphql";

const [file] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(file, "utf8"));
let failed = 0;
for (const { id, document, text } of cases) {
  const printed = print(document);
  if (printed !== text) {
    failed += 1;
    console.error(`MISMATCH ${id}\n--- graphql-js print()\n${printed}\n--- soda-cache\n${text}`);
  }
}
console.log(`print parity: ${cases.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 && cases.length > 0 ? 0 : 1;
