// Soak: mixed analyst queries with autocannon plus concurrent ingestion through the mutation, against a
// real `geokg serve` process on loopback. Bounded (SOAK_SECONDS, default 120, at most 300). Afterwards it
// checks zero errors, zero duplicate entities, exact aggregates, and reports the server's RSS growth.
//   node --import tsx bench/soak.ts            (embedded Neo4j instance "soak", or NEO4J_URI)
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { withoutUserGraph } from '../tests/support/testTarget.ts';
import { benchConfig } from './benchGraph.ts';
import { startEmbeddedNeo4j } from '../src/embedded/startNeo4j.ts';
import { claimPort } from '../src/embedded/ports.ts';

const SECONDS = Math.min(Number(process.env.SOAK_SECONDS ?? 120), 300);
const API_KEY = 'soak-api-key-0123456789abcdef';
const QUERIES = [
  '{ relations(where: { target: "Russia", types: [ACCUSE] }) { totalCount edges { node { source { name } claims(first: 2) { evidence claimant { name } article { title } } } } } }',
  '{ entity(name: "Nordkorea") { name relations(direction: INCOMING) { edges { node { type source { name } count } } } timeline { start total score } } }',
  '{ path(from: "NATO", to: "North Korea", maxHops: 3) { length entities { name } } }',
  '{ alliances { blocs { label members { name } } edges { weight evidenceCount } } }',
  '{ searchEntities(query: "ukrain") { score entity { name } } }',
  '{ stats { articles entities claims relations } }',
];
const ACTORS = ['Russland', 'die Ukraine', 'China', 'Iran', 'Nordkorea', 'die USA', 'Frankreich', 'Polen', 'Japan', 'Indien'];
const VERBS = ['wirft {b} Aggression vor', 'unterstützt {b} mit Waffen', 'verhängt Sanktionen gegen {b}', 'droht {b} mit Vergeltung', 'unterzeichnet ein Abkommen mit {b}'];

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

function article(i: number) {
  const a = ACTORS[i % ACTORS.length];
  const b = ACTORS[(i * 7 + 3) % ACTORS.length];
  const text = `${a} ${VERBS[i % VERBS.length].replace('{b}', b)}. Das meldeten Diplomaten am Montag, Nummer ${i}.`;
  return { title: `Soak ${i}`, text: text[0].toUpperCase() + text.slice(1), publishedAt: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`, url: `https://soak.example/${i}` };
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('geokg serve exited during start');
    try { if ((await fetch(`${url}/ready`)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('geokg serve did not become ready');
}

async function ingestLoop(url: string, until: number): Promise<{ sent: number; errors: number }> {
  let sent = 0;
  let errors = 0;
  const mutation = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }';
  while (Date.now() < until) {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` }, body: JSON.stringify({ query: mutation, variables: { input: article(sent) } }) });
    const body = (await response.json()) as { errors?: unknown };
    sent++;
    if (!response.ok || body.errors) errors++;
  }
  return { sent, errors };
}

async function checkGraph(target: { uri: string; user: string; password: string }) {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  try {
    const one = async (q: string) => Number((await driver.executeQuery(q)).records[0].get(0));
    return {
      duplicateEntities: await one('MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id)'),
      aggregateMismatches: await one(`MATCH (s:Entity)-[r]->(t:Entity)
        WITH s, r, t, COUNT { MATCH (c:Claim {sourceId: s.id, targetId: t.id, type: r.type}) } AS claims
        WHERE claims <> r.count RETURN count(r)`),
      claimsWithoutAggregate: await one(`MATCH (c:Claim) WHERE NOT EXISTS {
        MATCH (s:Entity {id: c.sourceId})-[r]->(t:Entity {id: c.targetId}) WHERE r.type = c.type } RETURN count(c)`),
      articles: await one('MATCH (a:Article) RETURN count(a)'),
    };
  } finally {
    await driver.close();
  }
}

async function main() {
  // The soak writes: never to the user's NEO4J_URI (bench/benchGraph.ts).
  const config = benchConfig('soak');
  const embedded = config.neo4j ? undefined : await startEmbeddedNeo4j(config.embedded, console.error);
  const target = config.neo4j ?? embedded!;
  const port = (await claimPort(0))!;
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.resolve('bin/geokg.js'), 'serve', '--load', 'seed'], {
    env: { ...withoutUserGraph(process.env), NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, PORT: String(port), GEOKG_API_KEY: API_KEY, GEOKG_MUTATIONS_PER_MINUTE: '1000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForServer(url, child);
    await autocannon({ url: `${url}/graphql`, connections: 4, duration: 5, method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERIES[0] }) });
    const rssBefore = rssKb(child.pid!);
    let graphqlErrors = 0;
    const until = Date.now() + SECONDS * 1000;
    const [load, ingest] = await Promise.all([
      autocannon({
        url: `${url}/graphql`, connections: 8, duration: SECONDS,
        requests: QUERIES.map((query) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
          onResponse: (_status: number, body: string) => { if (body.includes('"errors"')) graphqlErrors++; } })),
      }),
      ingestLoop(url, until),
    ]);
    const rssAfter = rssKb(child.pid!);
    const graph = await checkGraph(target);
    const report = {
      seconds: SECONDS, queries: load.requests.total, queriesPerSecond: Math.round(load.requests.average),
      p50ms: load.latency.p50, p99ms: load.latency.p99, httpErrors: load.errors + load.non2xx, graphqlErrors,
      timeouts: load.timeouts, ingested: ingest.sent, ingestErrors: ingest.errors, ...graph,
      rssBeforeMb: Math.round(rssBefore / 1024), rssAfterMb: Math.round(rssAfter / 1024),
    };
    console.log(JSON.stringify(report, null, 1));
    const failed = report.httpErrors + report.graphqlErrors + report.ingestErrors + report.duplicateEntities + report.aggregateMismatches + report.claimsWithoutAggregate;
    process.exitCode = failed === 0 ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await embedded?.stop();
  }
}

await main();
