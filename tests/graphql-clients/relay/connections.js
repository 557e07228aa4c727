// What a Relay client asks of Legal: every connection paginated with @connection, and any node refetched through
// Global Object Identification (Node, node(id:)). relay-compiler checks these against ../../schema.graphql.
import { graphql } from 'relay-runtime';

export const instruments = graphql`
  fragment connectionsInstruments_query on Query
  @refetchable(queryName: "InstrumentsPaginationQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 10 }, after: { type: "String" }) {
    instruments(first: $first, after: $after) @connection(key: "connections_instruments") {
      totalCount
      edges { cursor node { id title(lang: EN) } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`;

export const nodes = graphql`
  fragment connectionsNodes_query on Query
  @refetchable(queryName: "NodesPaginationQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 10 }, after: { type: "String" }) {
    nodes(first: $first, after: $after) @connection(key: "connections_nodes") {
      edges { node { id kind } }
    }
  }
`;

export const obligations = graphql`
  fragment connectionsObligations_query on Query
  @refetchable(queryName: "ObligationsPaginationQuery")
  @argumentDefinitions(subject: { type: "ID" }, first: { type: "Int", defaultValue: 10 }, after: { type: "String" }) {
    obligations(subject: $subject, first: $first, after: $after) @connection(key: "connections_obligations") {
      edges { node { id } }
    }
  }
`;

export const search = graphql`
  fragment connectionsSearch_query on Query
  @refetchable(queryName: "SearchPaginationQuery")
  @argumentDefinitions(query: { type: "String!" }, first: { type: "Int", defaultValue: 10 }, after: { type: "String" }) {
    search(query: $query, first: $first, after: $after) @connection(key: "connections_search") {
      edges { cursor node { id } hit { score snippet } }
    }
  }
`;

export const provision = graphql`
  fragment connectionsProvision on Provision @refetchable(queryName: "ProvisionRefetchQuery") {
    id
    title(lang: AR)
  }
`;

export const receipt = graphql`
  query connectionsReceiptQuery {
    corpus { version commit compiledAt nodes relations }
  }
`;
