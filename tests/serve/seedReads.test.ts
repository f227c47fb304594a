// Reads over the seed corpus that an analyst or the dashboard sees: article listings and their filters,
// an entity's articles, office holders, affiliations and aliases, search by type, graph statistics and
// relation scores. Filters are checked against the unfiltered answer: what they must remove and keep.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, nodeIds, sorted } from '../support/apiAnswers.ts';
import { SEED_ARTICLES, startTestServer, type TestServer } from '../support/testServer.ts';

let server: TestServer;
beforeAll(async () => (server = await startTestServer({ seed: true, apiKey: null })));
afterAll(async () => server?.close());

interface ArticleNode { id: string; title: string; publishedAt: string | null; language: string; entities: Array<{ id: string; name: string }> }
const ARTICLE_PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id title publishedAt language entities { id name } } }';

async function articles(where = '', first = 100, after: string | null = null) {
  return (await ask(server, `query($after: String) { articles(${where ? `where: { ${where} }, ` : ''}first: ${first}, after: $after) { ${ARTICLE_PAGE} } }`, { after })).articles;
}

function expectExactly(all: ArticleNode[], filtered: { totalCount: number; edges: Array<{ node: ArticleNode }> }, keep: (a: ArticleNode) => boolean) {
  const kept = all.filter(keep).map((a) => a.id);
  expect(kept.length, 'the unfiltered answer holds articles the filter keeps').toBeGreaterThan(0);
  expect(all.length - kept.length, 'the unfiltered answer holds articles the filter removes').toBeGreaterThan(0);
  // Kept in the unfiltered answer's order: newest first either way.
  expect(nodeIds(filtered)).toEqual(kept);
  expect(filtered.totalCount).toBe(kept.length);
}

describe('articles', () => {
  it('lists every seed article newest first', async () => {
    const all = await articles();
    expect(all.totalCount).toBe(SEED_ARTICLES);
    expect(all.edges).toHaveLength(SEED_ARTICLES);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const dates = all.edges.map((e: any) => e.node.publishedAt).filter(Boolean);
    expect(dates).toHaveLength(SEED_ARTICLES - 1); // the reference article carries no date
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2025-06-26');
    expect(dates.at(-1)).toBe('2022-10-21');
  });

  it('filters by language, publication period and mentioned entity', async () => {
    const all: ArticleNode[] = (await articles()).edges.map((e: any) => e.node);
    const [de, en, since, until, between, nk, nkGerman, unknown] = await Promise.all([
      articles('language: "de"'), articles('language: "en"'), articles('since: "2025"'), articles('until: "2022-12"'),
      articles('since: "2024-06", until: "2024-06-30"'), articles('mentions: "North Korea"'), articles('mentions: "Nordkorea", language: "de"'),
      articles('mentions: "Atlantis"')]);
    expectExactly(all, de, (a) => a.language === 'de');
    expectExactly(all, en, (a) => a.language === 'en');
    expect([de.totalCount, en.totalCount]).toEqual([21, 20]);
    expectExactly(all, since, (a) => a.publishedAt !== null && a.publishedAt >= '2025-01-01');
    expectExactly(all, until, (a) => a.publishedAt !== null && a.publishedAt <= '2022-12-31');
    expectExactly(all, between, (a) => a.publishedAt !== null && a.publishedAt >= '2024-06-01' && a.publishedAt <= '2024-06-30');
    const mentionsNorthKorea = (a: ArticleNode) => a.entities.some((e) => e.name === 'North Korea');
    expectExactly(all, nk, mentionsNorthKorea);
    expectExactly(all, nkGerman, (a) => mentionsNorthKorea(a) && a.language === 'de');
    expect(unknown).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages with cursors: pages do not overlap, cover all articles and keep one total', async () => {
    const everything = nodeIds(await articles());
    for (const [where, size] of [['', 7], ['language: "en"', 6]] as const) {
      const expected = where ? nodeIds(await articles(where)) : everything;
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; ; page++) {
        const answer = await articles(where, size, after);
        expect(answer.totalCount).toBe(expected.length);
        expect(answer.pageInfo.hasPreviousPage).toBe(page > 0);
        expect(answer.edges.length).toBe(Math.min(size, expected.length - seen.length));
        seen.push(...nodeIds(answer));
        if (!answer.pageInfo.hasNextPage) break;
        expect(answer.pageInfo.endCursor).toBe(answer.edges.at(-1).cursor);
        after = answer.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    }
    const beyond = await articles('', 5, (await articles('', SEED_ARTICLES)).pageInfo.endCursor);
    expect(beyond).toMatchObject({ totalCount: SEED_ARTICLES, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('answers one article by id with its fields, entities and claims', async () => {
    const listed = (await articles('since: "2024-06-20", until: "2024-06-20"')).edges;
    expect(listed).toHaveLength(1);
    const { id } = listed[0].node;
    const { article } = await ask(server, `query($id: ID) { article(id: $id) { id title url publishedAt language category place source causes sources
      text entities { name } claims { type source { name } target { name } evidence start end article { id } } } }`, { id });
    expect(article).toMatchObject({ id, title: 'Putin and Kim sign mutual defence pact in Pyongyang', url: null, publishedAt: '2024-06-20', language: 'en', category: 'Diplomacy' });
    expect(article.entities.map((e: any) => e.name)).toEqual(expect.arrayContaining(['Russia', 'North Korea', 'Vladimir Putin', 'Kim Jong Un']));
    expect(article.claims.length).toBeGreaterThan(0);
    for (const c of article.claims) {
      expect(c.article.id).toBe(id);
      expect(article.text.slice(c.start, c.end)).toBe(c.evidence);
    }
    expect(article.claims.map((c: any) => `${c.source.name} ${c.type} ${c.target.name}`)).toEqual(expect.arrayContaining(['Vladimir Putin AGREE Kim Jong Un', 'North Korea SUPPORT Russia', 'Kim Jong Un REPRESENTS North Korea']));
  });
});

describe('entity fields', () => {
  it('lists the articles that mention an entity, newest first, in pages', async () => {
    const all: ArticleNode[] = (await articles()).edges.map((e: any) => e.node);
    const expected = all.filter((a) => a.entities.some((e) => e.name === 'North Korea')).map((a) => a.id);
    expect(expected.length).toBeGreaterThan(2);
    const query = 'query($after: String) { entity(name: "Nordkorea") { articles(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await ask(server, query, { after })).entity.articles;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...nodeIds(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('lists office holders and affiliations from REPRESENTS relations', async () => {
    const data = await ask(server, `{
      nato: entity(name: "NATO") { officeHolders { name type role } affiliations { name } }
      rutte: entity(name: "Rutte") { name type role officeHolders { name } affiliations { name type } }
      represents: relations(where: { target: "NATO", types: [REPRESENTS] }) { edges { node { source { name } } } }
      rutteRepresents: relations(where: { source: "Mark Rutte", types: [REPRESENTS] }) { edges { node { target { name } } } }
    }`);
    expect(data.nato.officeHolders.map((p: any) => p.name)).toEqual(['Jens Stoltenberg', 'Mark Rutte', 'Oana Lungescu']);
    for (const p of data.nato.officeHolders) expect(p.type).toBe('PERSON');
    expect(data.nato.officeHolders.find((p: any) => p.name === 'Mark Rutte').role).toBe('Secretary General');
    expect(sorted(data.represents.edges.map((e: any) => e.node.source.name))).toEqual(data.nato.officeHolders.map((p: any) => p.name));
    expect(data.nato.affiliations).toEqual([]);
    expect(data.rutte).toEqual({
      name: 'Mark Rutte', type: 'PERSON', role: 'Secretary General', officeHolders: [],
      affiliations: [{ name: 'NATO', type: 'ORGANIZATION' }, { name: 'Netherlands', type: 'COUNTRY' }],
    });
    expect(sorted(data.rutteRepresents.edges.map((e: any) => e.node.target.name))).toEqual(['NATO', 'Netherlands']);
  });

  it('lists German and English aliases, and every alias finds the entity', async () => {
    const { entity } = await ask(server, '{ entity(id: "Q423") { name aliases } }');
    expect(entity.name).toBe('North Korea');
    expect(entity.aliases).toEqual(expect.arrayContaining(['North Korea', 'Nordkorea', 'DPRK', 'Demokratische Volksrepublik Korea', 'Pjöngjang']));
    expect(new Set(entity.aliases).size).toBe(entity.aliases.length);
    const found = await Promise.all(entity.aliases.map((alias: string) => ask(server, 'query($name: String) { entity(name: $name) { id name } }', { name: alias })));
    // A name lookup prefers an entity's own name: "Pyongyang" is the city, every other alias the country.
    const answers = Object.fromEntries(entity.aliases.map((alias: string, i: number) => [alias, found[i].entity]));
    expect(answers.Pyongyang).toEqual({ id: 'loc:pyongyang', name: 'Pyongyang' });
    for (const alias of entity.aliases.filter((a: string) => a !== 'Pyongyang')) expect(answers[alias], alias).toEqual({ id: 'Q423', name: 'North Korea' });
  });
});

describe('searchEntities', () => {
  it('with types answers the best hits of those types, in the order of the untyped search', async () => {
    const search = async (query: string, types = '', first = 100) =>
      (await ask(server, `{ searchEntities(query: "${query}"${types}, first: ${first}) { score entity { name type } } }`)).searchEntities;
    const all = await search('Kim');
    const types = new Set(all.map((h: any) => h.entity.type));
    expect(types.has('PERSON') && types.has('COUNTRY') && types.has('LOCATION')).toBe(true);
    for (const [type, first] of [['COUNTRY', 100], ['COUNTRY', 1], ['PERSON', 2], ['LOCATION', 3]] as const) {
      const expected = all.filter((h: any) => h.entity.type === type).slice(0, first).map((h: any) => h.entity.name);
      expect(expected.length).toBeGreaterThan(0);
      const typed = await search('Kim', `, types: [${type}]`, first);
      expect(typed.map((h: any) => h.entity.name), `${type}, first ${first}`).toEqual(expected);
    }
    const two = await search('Kim', ', types: [COUNTRY, PERSON]');
    // Hits of equal score may come in either order, so the whole answer is compared as a set.
    expect(sorted(two.map((h: any) => h.entity.name))).toEqual(sorted(all.filter((h: any) => ['COUNTRY', 'PERSON'].includes(h.entity.type)).map((h: any) => h.entity.name)));
    expect(await search('Korea', ', types: [GROUP]')).toEqual([]);
  });
});

describe('stats', () => {
  it('counts entities per type and claims per type, each summing to the totals', async () => {
    const { stats } = await ask(server, '{ stats { articles entities claims relations entityTypes { type count } claimTypes { type count } } }');
    expect(stats.articles).toBe(SEED_ARTICLES);
    const sum = (list: Array<{ count: number }>) => list.reduce((n, t) => n + t.count, 0);
    expect(sum(stats.entityTypes)).toBe(stats.entities);
    expect(sum(stats.claimTypes)).toBe(stats.claims);
    expect(stats.entityTypes.map((t: any) => t.type)).toEqual(['Country', 'Group', 'Location', 'Organization', 'Person']);
    for (const t of [...stats.entityTypes, ...stats.claimTypes]) expect(t.count).toBeGreaterThan(0);
    const claimTypes = stats.claimTypes.map((t: any) => t.type);
    expect(claimTypes).toEqual([...claimTypes].sort());
    expect(claimTypes).toEqual(expect.arrayContaining(['ACCUSE', 'SUPPORT', 'AGREE', 'ASSAULT', 'SANCTION', 'REPRESENTS']));
    // Per-type counts agree with what the listings answer.
    const counts = await ask(server, '{ people: searchEntities(query: "Rutte", types: [PERSON]) { entity { name } } accuse: relations(where: { types: [ACCUSE] }, first: 100) { edges { node { count } } } }');
    const accuseClaims = counts.accuse.edges.reduce((n: number, e: any) => n + e.node.count, 0);
    expect(stats.claimTypes.find((t: any) => t.type === 'ACCUSE').count).toBe(accuseClaims);
    const relationsTotal = (await ask(server, '{ relations { totalCount } }')).relations.totalCount;
    expect(stats.relations).toBe(relationsTotal);
  });
});

describe('relation scores on the seed', () => {
  it('every relation\'s score, PLOVER and CAMEO codes follow data/relation-types.json', async () => {
    const table = JSON.parse(fs.readFileSync(new URL('../../data/relation-types.json', import.meta.url), 'utf8'));
    const info = new Map<string, any>(table.types.map((t: any) => [t.type, t]));
    const f = table.polarityFactor;
    let after: string | null = null;
    let checked = 0;
    for (;;) {
      const page: any = (await ask(server, 'query($after: String) { relations(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { type asserted negated hypothetical count score plover cameo mode } } } }', { after })).relations;
      for (const { node: r } of page.edges) {
        const t = info.get(r.type);
        expect(r.asserted + r.negated + r.hypothetical).toBe(r.count);
        expect(r.score).toBeCloseTo(t.weight * (r.asserted * f.asserted + r.negated * f.negated + r.hypothetical * f.hypothetical), 9);
        expect([r.plover, r.cameo, r.mode]).toEqual([t.plover, t.cameo, t.mode]);
        checked += 1;
      }
      if (!page.pageInfo.hasNextPage) {
        expect(checked).toBe(page.totalCount);
        break;
      }
      after = page.pageInfo.endCursor;
    }
  });
});
