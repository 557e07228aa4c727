// Runs graphql-http's GraphQL-over-HTTP server audits (MUST, SHOULD and MAY) against a URL and prints every result.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Exit code 1 when any audit is not "ok": a failed MUST (error), a failed SHOULD (warn) or a notice.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql-url>');
  process.exit(2);
}
const results = await auditServer({ url });
let bad = 0;
for (const r of results) {
  if (r.status !== 'ok') bad++;
  console.log(`${r.status.toUpperCase().padEnd(6)} ${r.id}  ${r.name}${r.status === 'ok' ? '' : `\n         -> ${r.reason}`}`);
}
console.log(`\n${results.length} audits, ${bad} not ok`);
process.exit(bad > 0 ? 1 : 0);
