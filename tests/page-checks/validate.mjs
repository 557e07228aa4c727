// Validates HTML documents with html-validate's recommended preset. Input on stdin: JSON [{ "name": …, "html": … }].
// Output on stdout: JSON [{ "name": …, "line": …, "column": …, "rule": …, "message": … }] for every error.
import { HtmlValidate } from "html-validate";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pages = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
const errors = [];
for (const page of pages) {
  const report = await validator.validateString(page.html, page.name);
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity === 2) errors.push({ name: page.name, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
    }
  }
}
process.stdout.write(JSON.stringify(errors));
