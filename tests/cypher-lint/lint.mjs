// Lints Cypher with Neo4j's own linter (@neo4j-cypher/language-support), for Legal.Tests.
// stdin:  {"schema": {labels, relationshipTypes, propertyKeys}, "statements": [{"name", "text", "parameters"}]}
// stdout: [{"name", "diagnostics": [{"severity", "message", "line", "character"}]}], severity 1 = error, 2 = warning.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { schema, statements } = JSON.parse(input);

const results = statements.map(({ name, text, parameters }) => {
  // Each statement is checked against its own parameters, so a $param it does not send is an error.
  const { diagnostics } = lintCypherQuery(text, { ...schema, parameters: parameters ?? {} });
  return {
    name,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity,
      message: d.message,
      line: d.range.start.line + 1,
      character: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
