// Apollo Client 4 with its persisted-query link, as an Apollo user configures it (hashed queries over GET), asking the
// same query twice. Prints each HTTP exchange and the answers as JSON; exit 1 when an answer is missing.
// Usage: node apollo-apq.mjs http://127.0.0.1:5080/graphql
import { ApolloClient, InMemoryCache, HttpLink, gql } from '@apollo/client/core';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createHash } from 'node:crypto';

const uri = process.argv[2];
const exchanges = [];
const logged = async (url, options) => {
  const response = await fetch(url, options);
  exchanges.push({ method: options.method, status: response.status, byHashOnly: !options.body && !String(url).includes('query=') });
  return response;
};
const link = new PersistedQueryLink({ sha256: (q) => createHash('sha256').update(q).digest('hex'), useGETForHashedQueries: true })
  .concat(new HttpLink({ uri, fetch: logged }));
const client = new ApolloClient({ link, cache: new InMemoryCache() });
const query = gql`query Law { instrument(id: "kw/law/2013/106") { id } }`;
const answers = [];
for (let i = 0; i < 2; i++) answers.push((await client.query({ query, fetchPolicy: 'network-only' })).data?.instrument?.id ?? null);
console.log(JSON.stringify({ exchanges, answers }));
process.exit(answers.every((a) => a) ? 0 : 1);
