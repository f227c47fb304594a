// API throughput: five analyst questions through geokg's /graphql against the same questions through
// @neo4j/graphql, both served by graphql-yoga on loopback over the same synthetic graph (≥ 10,000
// entities, ≥ 100,000 claims), loaded with autocannon. Each server runs in its own process; they take
// turns per question (A B, then B A in the second round) so drift on a noisy machine hits both alike.
//   npm run bench -- api
// Settings: BENCH_API_SECONDS (10), BENCH_API_WARMUP (3), BENCH_API_CONNECTIONS (10), BENCH_API_ROUNDS (2),
// BENCH_API_JIT_WARMUP (5: seconds per question per server before anything is measured).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Graph } from '../src/store/connectGraph.ts';
import { analystQuestions } from './api/analystQuestions.ts';
import { holdsSyntheticGraph, syntheticGraph, writeSyntheticGraph } from './api/syntheticGraph.ts';
import { emptyGraph, graphCounts, machine, openBenchGraph } from './benchGraph.ts';
import { fixed, table, writeReadmeSection } from './report.ts';

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_API_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_API_ROUNDS ?? 2);
const JIT_WARMUP = Number(process.env.BENCH_API_JIT_WARMUP ?? 5);
const SERVERS = ['geokg', 'neo4j-graphql'] as const;
type ServerName = (typeof SERVERS)[number];

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Running { url: string; child: ChildProcess }

function startServer(which: ServerName, graph: Graph): Promise<Running> {
  const target = graph.target;
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./api/serveForBench.ts', import.meta.url)), which], {
    env: { ...process.env, NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password, ...(target.database ? { NEO4J_DATABASE: target.database } : {}) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ${which} server exited with code ${code} before listening`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^listening (\S+)/.exec(line);
      if (match) resolve({ url: `${match[1]}/graphql`, child });
    });
  });
}

function stopServer(server: Running): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.removeAllListeners('exit');
    server.child.once('exit', () => resolve());
    server.child.stdin!.end();
  });
}

async function ask(url: string, query: string): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join('; ')}\n${query}`);
  return body.data;
}

interface Load { rps: number; p50: number; p99: number; requests: number; failures: number }

async function hammer(url: string, query: string, seconds: number): Promise<Load> {
  const result = await autocannon({
    url, method: 'POST', connections: CONNECTIONS, duration: seconds,
    headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  });
  return {
    rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function mean(loads: Load[]): Load {
  const avg = (f: (l: Load) => number) => loads.reduce((n, l) => n + f(l), 0) / loads.length;
  return { rps: avg((l) => l.rps), p50: avg((l) => l.p50), p99: avg((l) => l.p99), requests: avg((l) => l.requests), failures: avg((l) => l.failures) };
}

async function prepareGraph(graph: Graph): Promise<ReturnType<typeof syntheticGraph>> {
  const t0 = Date.now();
  const synthetic = syntheticGraph({ generatedEntities: 9500, articles: 24_000, claimsPerArticle: 6 });
  if (await holdsSyntheticGraph(graph, synthetic)) {
    log('api: the bench instance already holds the synthetic graph; reusing it');
  } else {
    log(`api: writing the synthetic graph (${synthetic.entities} entities, ${synthetic.claims} claims)`);
    await emptyGraph(graph);
    await writeSyntheticGraph(graph, synthetic, log);
    log(`api: graph written in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  return synthetic;
}

async function main(): Promise<void> {
  const graph = await openBenchGraph(log);
  const servers = new Map<ServerName, Running>();
  try {
    const synthetic = await prepareGraph(graph);
    const counts = await graphCounts(graph);
    const aggregates = Object.entries(counts).filter(([k]) => k.startsWith('rel:') && !['rel:SOURCE', 'rel:TARGET', 'rel:EVIDENCED_BY', 'rel:CLAIMED_BY', 'rel:MENTIONS'].includes(k)).reduce((n, [, v]) => n + v, 0);
    const shape = `${counts['node:Entity']} entities, ${counts['node:Claim']} claims, ${counts['node:Article']} articles, ${aggregates} aggregated relationships`;
    log(`api: graph holds ${shape}`);

    const n = synthetic.names.length;
    const questions = analystQuestions({
      hub: 'Russia', target: 'Ukraine', counterpartsOf: 'Iran', search: 'Korea',
      pathFrom: synthetic.names[n - 1], pathTo: synthetic.names[n - 2],
    });
    for (const which of SERVERS) servers.set(which, await startServer(which, graph));

    // Both servers must give the same answer before their speed means anything.
    const answers: string[] = [];
    for (const q of questions) {
      const a = q.check.geokg(await ask(servers.get('geokg')!.url, q.geokg));
      const b = q.check.neo4jGraphql(await ask(servers.get('neo4j-graphql')!.url, q.neo4jGraphql));
      const same = JSON.stringify(a) === JSON.stringify(b);
      answers.push(`${q.name}: ${same ? 'same answer' : 'DIFFERENT'} ${JSON.stringify(a).slice(0, 120)}`);
      if (!same) log(`  ${q.name}: geokg ${JSON.stringify(a)}\n  ${' '.repeat(q.name.length)}  neo4j-graphql ${JSON.stringify(b)}`);
    }
    for (const line of answers) log(`  ${line}`);

    // A freshly started Neo4j compiles its hot paths during the first few thousand queries; whichever
    // server came first would pay for that. Every question on both servers first, untimed.
    for (const q of questions) for (const which of SERVERS) await hammer(servers.get(which)!.url, which === 'geokg' ? q.geokg : q.neo4jGraphql, JIT_WARMUP);

    const results = new Map<string, Map<ServerName, Load[]>>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of questions) {
        const order = round % 2 === 0 ? SERVERS : [...SERVERS].reverse();
        for (const which of order) {
          const { url } = servers.get(which)!;
          const query = which === 'geokg' ? q.geokg : q.neo4jGraphql;
          await hammer(url, query, WARMUP);
          const load = await hammer(url, query, SECONDS);
          const byServer = results.get(q.name) ?? new Map<ServerName, Load[]>();
          byServer.set(which, [...(byServer.get(which) ?? []), load]);
          results.set(q.name, byServer);
          log(`  round ${round + 1} ${q.name} ${which}: ${fixed(load.rps)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms${load.failures ? `, ${load.failures} failed` : ''}`);
        }
      }
    }

    const rows = questions.map((q) => {
      const g = mean(results.get(q.name)!.get('geokg')!);
      const o = mean(results.get(q.name)!.get('neo4j-graphql')!);
      const ratio = g.rps / o.rps;
      return [q.name, fixed(g.rps), `${fixed(g.p50, 0)} / ${fixed(g.p99, 0)}`, fixed(o.rps), `${fixed(o.p50, 0)} / ${fixed(o.p99, 0)}`,
        ratio >= 1 ? `**${fixed(ratio, 2)}×**` : `${fixed(ratio, 2)}× (loses)`, g.failures + o.failures ? `${fixed(g.failures, 0)} / ${fixed(o.failures, 0)}` : '0'];
    });
    const markdown = [
      `Measured ${machine()}: ${shape}; autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${SECONDS} s per question per server, ${ROUNDS} round(s) (alternating order), means shown. Target: geokg ≥ @neo4j/graphql in requests/s on every question.`,
      '',
      table(['question', 'geokg req/s', 'geokg p50 / p99 ms', '@neo4j/graphql req/s', '@neo4j/graphql p50 / p99 ms', 'geokg ÷ @neo4j/graphql', 'failed requests'], rows),
      '',
      'Answers checked before loading:',
      '',
      ...answers.map((a) => `- ${a.replace(/\|/g, '\\|')}`),
    ].join('\n');
    console.log(`\n${markdown}\n`);
    if (!process.env.BENCH_NO_README) writeReadmeSection('api', markdown);
  } finally {
    await Promise.all([...servers.values()].map(stopServer));
    await graph.close();
  }
}

await main();
