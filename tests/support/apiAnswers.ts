// Small helpers for the API tests: answers without errors, the API key header, id sets.
import { expect } from 'vitest';
import { gql, TEST_API_KEY } from './testServer.ts';

export const WITH_KEY = { authorization: `Bearer ${TEST_API_KEY}` } as const;

/** Runs a query and returns its data, failing the test on any GraphQL error. */
export async function ask(server: { url: string }, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
  const answer = await gql(server, query, variables, headers);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data;
}

/** The codes of an answer's errors, in order. */
export function errorCodes(answer: { errors?: Array<{ extensions?: { code?: string } }> }): Array<string | undefined> {
  return (answer.errors ?? []).map((e) => e.extensions?.code);
}

export const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();

/** Node ids of a connection, in page order. */
export const nodeIds = (connection: { edges: Array<{ node: { id: string } }> }): string[] => connection.edges.map((e) => e.node.id);
