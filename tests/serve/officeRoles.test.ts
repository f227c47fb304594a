// Office holders through the API: Entity.role is the current office, Entity.roles the offices the articles
// gave over time and Entity.roleAt the one on a date, in either load order and after a delete.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ask, errorCodes, WITH_KEY } from '../support/apiAnswers.ts';
import { gql, startTestServer, type TestServer } from '../support/testServer.ts';
import { resetGraph } from '../support/testGraph.ts';

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }';
const DELETE = 'mutation($id: ID!) { deleteArticle(id: $id) { deleted } }';
const RUTTE = `{
  entity(name: "Mark Rutte") {
    role
    roles { role since until articles }
    before: roleAt(date: "2022")
    spring2023: roleAt(date: "2023-06-01")
    between: roleAt(date: "2024-08")
    march2025: roleAt(date: "2025-03-20")
  }
}`;

const HAGUE_2023 = {
  title: 'Talks in The Hague', url: 'https://example.org/news/rutte-hague', publishedAt: '2023-05-11', language: 'en',
  text: 'Prime Minister Mark Rutte welcomed the French president Emmanuel Macron in The Hague on Thursday.',
};
const HAGUE_2023_LATER = {
  title: 'More talks in The Hague', url: 'https://example.org/news/rutte-hague-2', publishedAt: '2023-09-28', language: 'en',
  text: 'Prime Minister Mark Rutte met the Belgian prime minister in The Hague to discuss energy prices.',
};
const BRUSSELS_2025 = {
  title: 'Spending call', url: 'https://example.org/news/rutte-brussels', publishedAt: '2025-03-14T09:30:00Z', language: 'en',
  text: 'NATO Secretary General Mark Rutte urged Germany to raise its defence spending.',
};

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
beforeEach(async () => resetGraph(server.graph));
afterAll(async () => server?.close());

async function ingest(input: Record<string, unknown>) {
  expect((await ask(server, INGEST, { input }, WITH_KEY)).ingestArticle.outcome).toBe('created');
}

const SPANS = [
  { role: 'Prime Minister', since: '2023-05-11', until: '2023-09-28', articles: 2 },
  { role: 'Secretary General', since: '2025-03-14', until: '2025-03-14', articles: 1 },
];

describe('Entity.role, Entity.roles and Entity.roleAt', () => {
  it.each([
    ['oldest first', [HAGUE_2023, HAGUE_2023_LATER, BRUSSELS_2025]],
    ['newest first', [BRUSSELS_2025, HAGUE_2023_LATER, HAGUE_2023]],
  ])('loaded %s: the current office, the offices over time and the office on a date', async (_, order) => {
    for (const input of order) await ingest(input);
    const { entity } = await ask(server, RUTTE);
    expect(entity).toEqual({
      role: 'Secretary General',
      roles: SPANS,
      before: 'Prime Minister',
      spring2023: 'Prime Minister',
      between: 'Prime Minister',
      march2025: 'Secretary General',
    });
  });

  it('after the 2025 article is deleted: the current office stays, the 2025 span goes', async () => {
    for (const input of [HAGUE_2023, BRUSSELS_2025, HAGUE_2023_LATER]) await ingest(input);
    await ask(server, DELETE, { id: BRUSSELS_2025.url }, WITH_KEY);
    const { entity } = await ask(server, RUTTE);
    expect(entity).toEqual({
      role: 'Secretary General', roles: [SPANS[0]],
      before: 'Prime Minister', spring2023: 'Prime Minister', between: 'Prime Minister', march2025: 'Prime Minister',
    });
  });

  it('an entity no article gives an office has no spans and no role on any date; a malformed date is refused', async () => {
    await ingest(BRUSSELS_2025);
    const { entity } = await ask(server, '{ entity(name: "Germany") { role roles { role } roleAt(date: "2025-03-20") } }');
    expect(entity).toEqual({ role: null, roles: [], roleAt: null });
    const bad = await gql(server, '{ entity(name: "Mark Rutte") { roleAt(date: "March 2025") } }');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
