// Reads [{query, variables, data}] as JSON on stdin, writes every response into one Apollo InMemoryCache (default
// settings: objects normalised by __typename and id), then reads each query back. A field whose value depended on
// anything but its own arguments would be overwritten by a later response: the read-back would differ.
// Prints one line per mismatch and exits 1 if there is any.
import { InMemoryCache, gql } from '@apollo/client/core';

const input = JSON.parse(await new Promise((resolve) => { let s = ''; process.stdin.on('data', (d) => (s += d)); process.stdin.on('end', () => resolve(s)); }));
const cache = new InMemoryCache();
for (const r of input) cache.writeQuery({ query: gql(r.query), variables: r.variables, data: r.data });
let failures = 0;
for (const [i, r] of input.entries()) {
  const read = cache.readQuery({ query: gql(r.query), variables: r.variables });
  if (JSON.stringify(read) !== JSON.stringify(r.data)) {
    failures++;
    console.log(`response ${i} (${JSON.stringify(r.variables)}) reads back differently from the cache`);
  }
}
console.log(`${input.length} responses, ${failures} mismatches, ${Object.keys(cache.extract()).length} cached objects`);
process.exit(failures === 0 ? 0 : 1);
