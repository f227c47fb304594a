// Diagnosis for the API bench: lists the Cypher round trips geokg makes per question (through its real
// yoga app) and PROFILEs the read statements behind them with the parameters the resolvers would pass,
// printing time and db hits (db hits are stable on a noisy machine; milliseconds are not). Run on the
// bench instance right after `npm run bench -- api` has built the graph (store empties it):
//   node --import tsx bench/api/profileQuestions.ts
import * as c from '../../src/store/cypher/apiReads.ts';
import { RELATION_TYPES } from '../../src/model.ts';
import { createYogaApp } from '../../src/serve/createApp.ts';
import { benchConfig, openBenchGraph } from '../benchGraph.ts';
import { analystQuestions } from './analystQuestions.ts';
import { syntheticGraph } from './syntheticGraph.ts';
import neo4j from 'neo4j-driver';
const g = await openBenchGraph(() => {});
const names = syntheticGraph({ generatedEntities: 9500, articles: 24_000, claimsPerArticle: 6 }).names;
const seen: string[] = [];
const app = createYogaApp({ graph: g, config: benchConfig(), onQuery: (s) => seen.push(s.trim().split('\n').slice(0, 2).join(' ').slice(0, 90)) });
for (const q of analystQuestions({ hub: 'Russia', target: 'Ukraine', counterpartsOf: 'Iran', search: 'Korea', pathFrom: names.at(-1)!, pathTo: names.at(-2)! })) {
  seen.length = 0;
  await app.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.geokg }) });
  console.log(q.name, seen.length, 'round trips:'); for (const s of seen) console.log('   ', s);
}
const ALL = [...RELATION_TYPES];
const filter = { types: ALL, minEvidence: neo4j.int(1), since: null, until: null, polarity: null, sourceIds: null, targetIds: null, eitherIds: null };
const refParam = (ref: string) => ({ refs: [{ ref, phrase: `"${ref}"` }] });
const ids = async (ref: string) => (await g.driver.executeQuery(c.ENTITY_IDS_BY_REF, refParam(ref))).records[0].get('id');
const russia = await ids('Russia'), ukraine = await ids('Ukraine'), iran = await ids('Iran'), from = await ids(names.at(-1)!), to = await ids(names.at(-2)!);
const cases: Array<[string, string, any]> = [
  ['ENTITY_IDS_BY_REF', c.ENTITY_IDS_BY_REF, refParam('Russia')],
  ['ENTITIES_BY_ID', c.ENTITIES_BY_ID, { ids: [russia] }],
  ['entityRelationPages', c.entityRelationPages('EVIDENCE_DESC', 'BOTH', { ...filter, minEvidence: 1, otherIds: null }), { ...filter, otherIds: null, ids: [russia], first: neo4j.int(20), skip: neo4j.int(0) }],
  ['relationPage target', c.relationPage('target', 'EVIDENCE_DESC', { ...filter, minEvidence: 1, types: ['ASSAULT'], targetIds: [ukraine] }), { ...filter, types: ['ASSAULT'], targetIds: [ukraine], first: neo4j.int(10), skip: neo4j.int(0) }],
  ['counterparts', c.counterparts({ ...filter, minEvidence: 1 }), { ...filter, ids: [iran], first: neo4j.int(20) }],
  ['SEARCH_ENTITIES', c.SEARCH_ENTITIES, { query: '(Korea^3 OR Korea* OR Korea~2)', types: null, first: neo4j.int(10), limit: neo4j.int(50) }],
  ['shortestPaths', c.shortestPaths(ALL, 4), { from: refParam(names.at(-1)!).refs[0], to: refParam(names.at(-2)!).refs[0], first: neo4j.int(5) }],
];
for (const [name, st, p] of cases) {
  for (let i = 0; i < 3; i++) await g.driver.executeQuery(st, p);
  const t0 = performance.now(); for (let i = 0; i < 10; i++) await g.driver.executeQuery(st, p); const ms = (performance.now() - t0) / 10;
  const r = await g.driver.executeQuery('PROFILE ' + st, p);
  const ops: any[] = []; const walk = (o: any) => { ops.push(o); o.children.forEach(walk); }; walk(r.summary.profile);
  const hits = ops.reduce((n, o) => n + Number(o.dbHits), 0);
  console.log(`\n${name}: ${ms.toFixed(1)} ms, ${hits} db hits`);
  for (const o of ops.sort((a, b) => Number(b.dbHits) - Number(a.dbHits)).slice(0, 5)) console.log(`   ${o.dbHits} hits ${o.rows} rows ${o.operatorType.replace('@neo4j', '')} ${String(o.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 120)}`);
}
await g.close();
