// API throughput: five analyst questions through geokg's /graphql against the same questions through
// @neo4j/graphql, both served by graphql-yoga on loopback over the same synthetic graph (≥ 10,000
// entities, ≥ 100,000 claims), loaded with autocannon. Each server runs in its own process; they take
// turns per question (A B, then B A in the second round) so drift on a noisy machine hits both alike.
//   npm run bench -- api
//   npm run bench -- api --against <commit>
// With --against, the two servers are geokg of the working tree and geokg of that commit (checked out in a
// temporary git worktree, bench/againstCommit.ts): the same questions, whose whole answers must be equal
// (lists the API leaves unordered sorted first) — the bench fails otherwise — and the ratio new ÷ old.
// Settings: BENCH_API_SECONDS (10), BENCH_API_WARMUP (3), BENCH_API_CONNECTIONS (10), BENCH_API_ROUNDS (2),
// BENCH_API_JIT_WARMUP (5: seconds per question per server before anything is measured), BENCH_API_ARTICLES
// (24000: the synthetic graph's articles; generated actors scale with them).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Graph } from '../src/store/connectGraph.ts';
import { againstArg, checkOutCommit, type OtherTree } from './againstCommit.ts';
import { analystQuestions, answerChecks, type Question } from './api/analystQuestions.ts';
import { holdsSyntheticGraph, syntheticGraph, writeSyntheticGraph } from './api/syntheticGraph.ts';
import { emptyGraph, graphCounts, machine, openBenchGraph } from './benchGraph.ts';
import { fixed, table, writeReadmeSection } from './report.ts';

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_API_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 10);
const ROUNDS = Number(process.env.BENCH_API_ROUNDS ?? 2);
const JIT_WARMUP = Number(process.env.BENCH_API_JIT_WARMUP ?? 5);

/** A server under test: how serveForBench starts it, what it is asked, and how its answer is compared. */
interface Server {
  label: string;
  args: string[];
  query: (q: Question) => string;
  /** The part of the answer both servers must agree on. */
  check: (q: Question, data: unknown) => unknown;
}

/** geokg and the generated alternative, or (with --against) the working tree's geokg and the commit's. */
function chooseServers(other: OtherTree | undefined): [Server, Server] {
  if (!other) {
    return [
      { label: 'geokg', args: ['geokg'], query: (q) => q.geokg, check: (q, d) => q.check.geokg(d) },
      { label: '@neo4j/graphql', args: ['neo4j-graphql'], query: (q) => q.neo4jGraphql, check: (q, d) => q.check.neo4jGraphql(d) },
    ];
  }
  const geokg = { query: (q: Question) => q.geokg, check: (q: Question, d: unknown) => q.canonical(d) };
  return [{ label: 'working tree', args: ['geokg'], ...geokg }, { label: other.short, args: ['geokg', other.root], ...geokg }];
}

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Running { url: string; child: ChildProcess }

function startServer(server: Server, graph: Graph): Promise<Running> {
  const which = server.label;
  const target = graph.target;
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./api/serveForBench.ts', import.meta.url)), ...server.args], {
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
  // A smaller graph (BENCH_API_ARTICLES) keeps generated actors in proportion, so every actor still appears.
  const articles = Number(process.env.BENCH_API_ARTICLES ?? 24_000);
  const synthetic = syntheticGraph({ generatedEntities: Math.round((9500 * articles) / 24_000), articles, claimsPerArticle: 6 });
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
  const { against } = againstArg(process.argv.slice(2));
  const other = against ? checkOutCommit(against, log) : undefined;
  try {
    await measure(chooseServers(other), other);
  } finally {
    other?.remove();
  }
}

async function measure(servers: [Server, Server], other: OtherTree | undefined): Promise<void> {
  const [subject, baseline] = servers;
  const graph = await openBenchGraph(log);
  const running = new Map<Server, Running>();
  try {
    const synthetic = await prepareGraph(graph);
    const counts = await graphCounts(graph);
    const aggregates = Object.entries(counts).filter(([k]) => k.startsWith('rel:') && !['rel:SOURCE', 'rel:TARGET', 'rel:EVIDENCED_BY', 'rel:CLAIMED_BY', 'rel:MENTIONS'].includes(k)).reduce((n, [, v]) => n + v, 0);
    const shape = `${counts['node:Entity']} entities, ${counts['node:Claim']} claims, ${counts['node:Article']} articles, ${aggregates} aggregated relationships`;
    log(`api: graph holds ${shape}`);

    const n = synthetic.names.length;
    const actors = {
      hub: 'Russia', target: 'Ukraine', counterpartsOf: 'Iran', search: 'Korea',
      pathFrom: synthetic.names[n - 1], pathTo: synthetic.names[n - 2],
    };
    const questions = analystQuestions(actors);
    for (const server of servers) running.set(server, await startServer(server, graph));
    const url = (server: Server) => running.get(server)!.url;

    // Both servers must give the same answer before their speed means anything. Two versions of geokg are
    // also asked questions that are not timed, so every resolver that reads ahead is compared.
    const checks = [
      ...questions.map((q) => ({ name: q.name, ask: (server: Server) => server.query(q), compare: (server: Server, d: unknown) => server.check(q, d) })),
      ...(other ? answerChecks(actors).map((c) => ({ name: c.name, ask: () => c.geokg, compare: (_: Server, d: unknown) => c.canonical(d) })) : []),
    ];
    const answers: string[] = [];
    let differing = 0;
    for (const c of checks) {
      const a = c.compare(subject, await ask(url(subject), c.ask(subject)));
      const b = c.compare(baseline, await ask(url(baseline), c.ask(baseline)));
      const same = JSON.stringify(a) === JSON.stringify(b);
      if (!same) differing++;
      answers.push(`${c.name}: ${same ? 'same answer' : 'DIFFERENT'} ${JSON.stringify(a).slice(0, 120)}`);
      if (!same) log(`  ${c.name}: ${subject.label} ${JSON.stringify(a)}\n  ${' '.repeat(c.name.length)}  ${baseline.label} ${JSON.stringify(b)}`);
    }
    for (const line of answers) log(`  ${line}`);
    // Two versions of geokg must answer alike; their speeds are not worth comparing otherwise.
    if (other && differing) throw new Error(`api: ${differing} of ${checks.length} answers differ between the working tree and ${other.short}`);

    // A freshly started Neo4j compiles its hot paths during the first few thousand queries; whichever
    // server came first would pay for that. Every question on both servers first, untimed.
    for (const q of questions) for (const server of servers) await hammer(url(server), server.query(q), JIT_WARMUP);

    const results = new Map<string, Map<Server, Load[]>>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of questions) {
        const order = round % 2 === 0 ? servers : [...servers].reverse();
        for (const server of order) {
          const query = server.query(q);
          await hammer(url(server), query, WARMUP);
          const load = await hammer(url(server), query, SECONDS);
          const byServer = results.get(q.name) ?? new Map<Server, Load[]>();
          byServer.set(server, [...(byServer.get(server) ?? []), load]);
          results.set(q.name, byServer);
          log(`  round ${round + 1} ${q.name} ${server.label}: ${fixed(load.rps)} req/s, p50 ${load.p50} ms, p99 ${load.p99} ms${load.failures ? `, ${load.failures} failed` : ''}`);
        }
      }
    }

    const rows = questions.map((q) => {
      const g = mean(results.get(q.name)!.get(subject)!);
      const o = mean(results.get(q.name)!.get(baseline)!);
      const ratio = g.rps / o.rps;
      // Against an older geokg, a ratio below 1 is a slowdown to look at, not a lost comparison.
      const shown = other ? `**${fixed(ratio, 2)}×**` : ratio >= 1 ? `**${fixed(ratio, 2)}×**` : `${fixed(ratio, 2)}× (loses)`;
      return [q.name, fixed(g.rps), `${fixed(g.p50, 0)} / ${fixed(g.p99, 0)}`, fixed(o.rps), `${fixed(o.p50, 0)} / ${fixed(o.p99, 0)}`,
        shown, g.failures + o.failures ? `${fixed(g.failures, 0)} / ${fixed(o.failures, 0)}` : '0'];
    });
    const what = other
      ? `geokg of the working tree against geokg of ${other.short} (${other.commit}), same graph, same questions; every answer compared in full (lists without a defined order sorted) before loading.`
      : 'Target: geokg ≥ @neo4j/graphql in requests/s on every question.';
    const markdown = [
      `Measured ${machine()}: ${shape}; autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${SECONDS} s per question per server, ${ROUNDS} round(s) (alternating order), means shown. ${what}`,
      '',
      table(['question', `${subject.label} req/s`, `${subject.label} p50 / p99 ms`, `${baseline.label} req/s`, `${baseline.label} p50 / p99 ms`, `${subject.label} ÷ ${baseline.label}`, 'failed requests'], rows),
      '',
      'Answers checked before loading:',
      '',
      ...answers.map((a) => `- ${a.replace(/\|/g, '\\|')}`),
    ].join('\n');
    console.log(`\n${markdown}\n`);
    if (!process.env.BENCH_NO_README) writeReadmeSection(other ? 'api-against' : 'api', markdown);
  } finally {
    await Promise.all([...running.values()].map(stopServer));
    await graph.close();
  }
}

await main();
