// Validates SARIF files against the SARIF 2.1.0 JSON schema kept beside this script
// (OASIS, errata 01; a draft-04 schema, hence ajv-draft-04) with ajv and ajv-formats,
// and checks what GitHub code scanning adds to the schema: at most 1,000 related
// locations per result. Usage: node validate.js FILE.sarif...; exit 0 when every file
// is valid, 1 otherwise (each error printed with its JSON pointer).
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "sarif-schema-2.1.0.json"), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const kMaxRelated = 1000;
let failed = false;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, "utf8"));
  const problems = [];
  if (!validate(log)) {
    for (const e of validate.errors) problems.push(`${e.instancePath || "/"}: ${e.message}`);
  }
  (log.runs || []).forEach((run, r) => {
    (run.results || []).forEach((res, i) => {
      const n = (res.relatedLocations || []).length;
      if (n > kMaxRelated) {
        problems.push(`/runs/${r}/results/${i}: ${n} related locations (at most ${kMaxRelated})`);
      }
    });
  });
  if (problems.length > 0) {
    failed = true;
    console.log(`${file}: not valid SARIF 2.1.0`);
    for (const p of problems.slice(0, 50)) console.log(`  ${p}`);
  } else {
    const results = (log.runs || []).reduce((n, run) => n + (run.results || []).length, 0);
    console.log(`${file}: valid SARIF 2.1.0 (${results} results)`);
  }
}
process.exit(failed ? 1 : 0);
