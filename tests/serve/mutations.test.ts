// Mutations through the API: ingesting and deleting articles with the API key, what readers see afterwards,
// the read-only mode without a key and the per-client mutation rate limit. Hand-written articles, no seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, errorCodes, WITH_KEY } from '../support/apiAnswers.ts';
import { gql, startTestServer, type TestServer } from '../support/testServer.ts';

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome entityCount relationCount article { id title url } } }';
const DELETE = 'mutation($id: ID!) { deleteArticle(id: $id) { deleted claims } }';

/** Border dispute: Poland accuses Belarus (twice, in two articles); Lithuania appears in the first only. */
const BORDER_DE = {
  title: 'Grenzstreit im Osten', url: 'https://example.org/news/grenzstreit', publishedAt: '2025-04-02', language: 'de', source: 'Beispielzeitung',
  text: 'Polen wirft Belarus vor, Migranten gezielt an die Grenze zu schleusen. Litauen unterstützt Polen mit zusätzlichen Grenzschützern.',
};
const BORDER_EN = {
  title: 'Warsaw raises the alarm', url: 'https://example.org/news/warsaw-alarm', publishedAt: '2025-04-09', language: 'en',
  text: 'Poland accuses Belarus of staging provocations along the border.',
};
const PACIFIC = {
  title: 'Ein Abkommen im Pazifik', url: 'https://example.org/news/pazifik', publishedAt: '2025-01-15T08:30:00Z', language: 'de', source: 'Beispielzeitung',
  text: 'Japan und Australien unterzeichneten ein Abkommen über gemeinsame Manöver.',
};

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(async () => server?.close());

async function ingest(target: { url: string }, input: Record<string, unknown>) {
  return (await ask(target, INGEST, { input }, WITH_KEY)).ingestArticle;
}

const ARTICLE_FIELDS = 'id title url publishedAt language source text entities { name } claims { type polarity evidence source { name } target { name } article { id } }';

describe('ingestArticle', () => {
  it('refuses a mutation without the API key and accepts it with the key', async () => {
    const input = { title: 'Frankreich kritisiert Russland', text: 'Frankreich wirft Russland Cyberangriffe auf Krankenhäuser vor.', publishedAt: '2025-02-03' };
    const anonymous = await gql(server, INGEST, { input });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const wrong = await gql(server, INGEST, { input }, { authorization: 'Bearer not-the-key' });
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect((await ask(server, '{ articles(where: { mentions: "Frankreich" }) { totalCount } }')).articles.totalCount).toBe(0);
    const ok = await ingest(server, input);
    // The headline "kritisiert" and the sentence "wirft ... vor" are one accusation each.
    expect(ok).toMatchObject({ outcome: 'created', relationCount: 2, entityCount: 2, article: { title: 'Frankreich kritisiert Russland', url: null } });
    const again = await ingest(server, input);
    expect(again.outcome).toBe('unchanged');
    expect(again.article.id).toBe(ok.article.id);
    const stored = await ask(server, '{ articles(where: { mentions: "Frankreich" }) { totalCount edges { node { title } } } }');
    expect(stored.articles).toEqual({ totalCount: 1, edges: [{ node: { title: 'Frankreich kritisiert Russland' } }] });
  });
});

describe('article(id:) and article(url:)', () => {
  it('answers the stored article, with its text, entities and claims, by id and by url', async () => {
    const { article } = await ingest(server, PACIFIC);
    const data = await ask(server, `query($id: ID, $url: URL) { byId: article(id: $id) { ${ARTICLE_FIELDS} } byUrl: article(url: $url) { ${ARTICLE_FIELDS} } }`,
      { id: article.id, url: PACIFIC.url });
    expect(data.byId).toEqual(data.byUrl);
    expect(data.byId).toMatchObject({
      id: article.id, title: PACIFIC.title, url: PACIFIC.url, language: 'de', source: 'Beispielzeitung',
    });
    // The stored text starts with the headline, which is read for relations too.
    expect(data.byId.text).toBe(`${PACIFIC.title}\n\n${PACIFIC.text}`);
    expect(Date.parse(data.byId.publishedAt)).toBe(Date.parse(PACIFIC.publishedAt));
    expect(data.byId.entities.map((e: any) => e.name).sort()).toEqual(['Australia', 'Japan', 'Pacific Ocean']);
    const agreement = data.byId.claims.filter((c: any) => c.type === 'AGREE');
    expect(agreement).toEqual([{
      type: 'AGREE', polarity: 'ASSERTED', evidence: 'Japan und Australien unterzeichneten ein Abkommen über gemeinsame Manöver.',
      source: { name: 'Japan' }, target: { name: 'Australia' }, article: { id: article.id },
    }]);
    // The evidence offsets point into the text the article answers.
    const offsets = await ask(server, 'query($id: ID) { article(id: $id) { text claims { evidence start end } } }', { id: article.id });
    for (const c of offsets.article.claims) expect(offsets.article.text.slice(c.start, c.end)).toContain(c.evidence.slice(0, 20));
  });

  it('answers null for an unknown id or url, and a coded error when given neither', async () => {
    await ingest(server, PACIFIC);
    const data = await ask(server, '{ a: article(id: "0000000000000000") { id } b: article(url: "https://example.org/news/nowhere") { id } c: article(url: "https://example.org/news/pazifik") { title } }');
    expect(data).toEqual({ a: null, b: null, c: { title: PACIFIC.title } });
    const neither = await gql(server, '{ article { id } }');
    expect(errorCodes(neither)).toEqual(['BAD_USER_INPUT']);
    expect(neither.errors![0].message).toBe('article needs an id or a url');
  });
});

describe('deleteArticle', () => {
  const RELATION = `{ relations(where: { source: "Poland", target: "Belarus", types: [ACCUSE] }) { totalCount edges { node {
    count asserted articleCount claims { evidence article { id } } } } } }`;
  const STATS = '{ stats { articles claims } }';

  it('removes the article and its claims, recounts the aggregates and drops entities nothing refers to', async () => {
    const first = (await ingest(server, BORDER_DE)).article;
    const second = (await ingest(server, BORDER_EN)).article;
    const claimsOf = async (id: string) => (await ask(server, 'query($id: ID) { article(id: $id) { claims { type source { name } target { name } } } }', { id })).article.claims;
    const firstClaims = await claimsOf(first.id);
    const accusations = (claims: any[]) => claims.filter((c) => c.type === 'ACCUSE' && c.source.name === 'Poland' && c.target.name === 'Belarus').length;
    const fromFirst = accusations(firstClaims);
    const fromSecond = accusations(await claimsOf(second.id));
    expect(fromFirst).toBeGreaterThan(0);
    expect(fromSecond).toBeGreaterThan(0);

    const before = await ask(server, RELATION);
    expect(before.relations.edges[0].node).toMatchObject({ count: fromFirst + fromSecond, asserted: fromFirst + fromSecond, articleCount: 2 });
    expect((await ask(server, '{ entity(name: "Litauen") { name } }')).entity).toEqual({ name: 'Lithuania' });
    const statsBefore = (await ask(server, STATS)).stats;

    const result = await ask(server, DELETE, { id: first.id }, WITH_KEY);
    expect(result.deleteArticle).toEqual({ deleted: [first.id], claims: firstClaims.length });

    const after = await ask(server, `query($id: ID, $url: URL) { byId: article(id: $id) { id } byUrl: article(url: $url) { id } lithuania: entity(name: "Lithuania") { id } poland: entity(name: "Polen") { name } }`,
      { id: first.id, url: BORDER_DE.url });
    expect(after).toEqual({ byId: null, byUrl: null, lithuania: null, poland: { name: 'Poland' } });
    const relation = (await ask(server, RELATION)).relations.edges[0].node;
    expect(relation).toMatchObject({ count: fromSecond, asserted: fromSecond, articleCount: 1 });
    expect(relation.claims.map((c: any) => c.article.id)).toEqual(Array(fromSecond).fill(second.id));
    expect((await ask(server, STATS)).stats).toEqual({ articles: statsBefore.articles - 1, claims: statsBefore.claims - firstClaims.length });

    // By url: the last article with the accusation takes the relation and both ends with it.
    expect((await ask(server, DELETE, { id: BORDER_EN.url }, WITH_KEY)).deleteArticle).toEqual({ deleted: [second.id], claims: fromSecond });
    expect((await ask(server, RELATION)).relations).toEqual({ totalCount: 0, edges: [] });
    expect((await ask(server, '{ entity(name: "Poland") { id } }')).entity).toBeNull();
  });

  it('answers a coded error for an unknown article and changes nothing', async () => {
    await ingest(server, PACIFIC);
    const statsBefore = (await ask(server, STATS)).stats;
    const unknown = await gql(server, DELETE, { id: 'no-such-article' }, WITH_KEY);
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors![0].message).toContain('no-such-article');
    expect((await ask(server, STATS)).stats).toEqual(statsBefore);
  });

  it('refuses to delete without the API key, and the article stays', async () => {
    const { article } = await ingest(server, PACIFIC);
    for (const headers of [{}, { authorization: 'Bearer wrong-key-0123456789abcdef' }] as Array<Record<string, string>>) {
      const refused = await gql(server, DELETE, { id: article.id }, headers);
      expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
      expect(refused.status).toBe(401);
      expect(refused.data).toBeNull();
    }
    expect((await ask(server, 'query($id: ID) { article(id: $id) { title } }', { id: article.id })).article).toEqual({ title: PACIFIC.title });
  });
});

describe('a server without an API key', () => {
  let readOnly: TestServer;
  beforeAll(async () => (readOnly = await startTestServer({ keep: true, apiKey: null })));
  afterAll(async () => readOnly?.close());

  it('is read-only: mutations are refused with READ_ONLY, even with a key, and health says so', async () => {
    const { article } = await ingest(server, PACIFIC);
    for (const headers of [{}, WITH_KEY]) {
      const del = await gql(readOnly, DELETE, { id: article.id }, headers);
      expect(errorCodes(del)).toEqual(['READ_ONLY']);
      expect(del.status).toBe(403);
      const add = await gql(readOnly, INGEST, { input: BORDER_EN }, headers);
      expect(errorCodes(add)).toEqual(['READ_ONLY']);
    }
    expect((await ask(readOnly, 'query($id: ID) { article(id: $id) { title } }', { id: article.id })).article).toEqual({ title: PACIFIC.title });
    expect((await ask(readOnly, '{ health { writable } }')).health.writable).toBe(false);
    expect((await ask(server, '{ health { writable } }')).health.writable).toBe(true);
  });
});

describe('the mutation rate limit', () => {
  let limited: TestServer;
  beforeAll(async () => (limited = await startTestServer({ keep: true, env: { GEOKG_MUTATIONS_PER_MINUTE: '1' } })));
  afterAll(async () => limited?.close());

  it('refuses the mutation over GEOKG_MUTATIONS_PER_MINUTE with RATE_LIMITED and keeps answering queries', async () => {
    const accepted = await gql(limited, INGEST, { input: PACIFIC }, WITH_KEY);
    expect(accepted.errors).toBeUndefined();
    expect(['created', 'unchanged']).toContain(accepted.data.ingestArticle.outcome);
    const refused = await gql(limited, INGEST, { input: BORDER_EN }, WITH_KEY);
    expect(errorCodes(refused)).toEqual(['RATE_LIMITED']);
    expect(refused.status).toBe(403);
    expect(refused.errors![0].message).toMatch(/too many mutations/i);
    // Another claimed client address does not reset the budget: the limit is per connection's address.
    const spoofed = await gql(limited, DELETE, { id: accepted.data.ingestArticle.article.id }, { ...WITH_KEY, 'x-forwarded-for': '203.0.113.7' });
    expect(errorCodes(spoofed)).toEqual(['RATE_LIMITED']);
    // Nothing was written by the refused mutations, and reads are still served.
    const data = await ask(limited, 'query($url: URL) { article(url: $url) { title } stats { articles } }', { url: BORDER_EN.url });
    expect(data.article).toBeNull();
    expect((await ask(limited, 'query($id: ID) { article(id: $id) { title } }', { id: accepted.data.ingestArticle.article.id })).article).toEqual({ title: PACIFIC.title });
    // Without the key a mutation is refused for that reason, not for the rate.
    expect(errorCodes(await gql(limited, DELETE, { id: 'x' }))).toEqual(['UNAUTHENTICATED']);
    // The limit belongs to the server that was configured with it.
    expect(errorCodes(await gql(server, DELETE, { id: 'no-such-article' }, WITH_KEY))).toEqual(['NOT_FOUND']);
  });
});
