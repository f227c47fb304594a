// Store throughput: articles per second through the product's batched writer (writeExtraction: one
// transaction per article, UNWIND-batched statements) against a naive writer (same transaction, one
// statement per item), on the same synthetic articles, each on an emptied database, in one run.
//   npm run bench -- store [count]       (default 2000 articles)
//   npm run bench -- store [count] --against <commit>
// With --against, the baseline is that commit's writeExtraction instead of the naive writer (the commit
// checked out in a temporary git worktree, bench/againstCommit.ts): same articles, same extractions, same
// database, the two writers taking turns; the ratio is the working tree's speed over the commit's.
import type { Extraction } from '../src/model.ts';
import { extractArticle } from '../src/ingest/pipeline.ts';
import type { Graph } from '../src/store/connectGraph.ts';
import { toGraphRows } from '../src/store/toGraphRows.ts';
import { writeExtraction } from '../src/store/writeExtraction.ts';
import { emptyGraph, graphCounts, machine, openBenchGraph } from './benchGraph.ts';
import { againstArg, checkOutCommit, type OtherTree } from './againstCommit.ts';
import { writeNaively } from './naiveWriter.ts';
import { fixed, table, writeReadmeSection } from './report.ts';
import { syntheticArticles } from './syntheticArticles.ts';

type Writer = (graph: Graph, extraction: Extraction) => Promise<unknown>;

/** The writer measured first and the baseline it is divided by; `label` heads its column of counts. */
interface NamedWriter { name: string; label: string; write: Writer }

async function chooseWriters(other: OtherTree | undefined): Promise<[NamedWriter, NamedWriter]> {
  if (!other) {
    return [
      { name: 'batched (writeExtraction)', label: 'batched', write: writeExtraction },
      { name: 'naive (one statement per item)', label: 'naive', write: writeNaively },
    ];
  }
  // The commit's own writer, with its own statements and helpers, on the working tree's extractions.
  const old = await other.load<{ writeExtraction: Writer }>('src/store/writeExtraction.ts');
  return [
    { name: 'working tree (writeExtraction)', label: 'working tree', write: writeExtraction },
    { name: `${other.short} (writeExtraction)`, label: other.short, write: old.writeExtraction },
  ];
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Writes every extraction (or those it reaches before `until`, a Date.now() time), `concurrency` articles
 * in flight, in input order; returns seconds. */
async function load(graph: Graph, write: Writer, extractions: Extraction[], concurrency: number, until = Infinity): Promise<number> {
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < extractions.length && Date.now() <= until) await write(graph, extractions[next++]);
  }));
  return Number(process.hrtime.bigint() - started) / 1e9;
}

async function main(): Promise<void> {
  const { against, rest } = againstArg(process.argv.slice(2));
  const other = against ? checkOutCommit(against, log) : undefined;
  try {
    await measure(Number(rest[0] ?? 2000), await chooseWriters(other), other);
  } finally {
    other?.remove();
  }
}

async function measure(count: number, writers: [NamedWriter, NamedWriter], other: OtherTree | undefined): Promise<void> {
  const [subject, baseline] = writers;
  const concurrencies = (process.env.BENCH_STORE_CONCURRENCY ?? '1').split(',').map(Number);
  const rounds = Number(process.env.BENCH_STORE_ROUNDS ?? 2);
  const t0 = Date.now();
  const articles = syntheticArticles(count);
  const extractions = articles.map(extractArticle);
  const rows = extractions.map(toGraphRows);
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
  const shape = {
    bytes: Math.round(articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0) / count),
    entities: sum((r) => r.entities.length) / count, claims: sum((r) => r.claims.length) / count, keys: sum((r) => r.keys.length) / count,
  };
  log(`store: ${count} articles extracted in ${((Date.now() - t0) / 1000).toFixed(1)} s (not timed); per article: ${shape.bytes} bytes, ${fixed(shape.entities)} entities, ${fixed(shape.claims)} claims, ${fixed(shape.keys)} aggregate keys`);

  const graph = await openBenchGraph(log);
  try {
    // Warm-up: plans cached, the JIT compiled and the server once through a graph of the full size, for
    // both writers, before anything is timed. By time, not by article count: with 100 articles each, or
    // 15 s, the first timed run was 35–40 % slower than the same writer's second run (not so when the
    // warm-up loads the whole corpus, which the batched writer does within this time).
    const warmUpSeconds = Number(process.env.BENCH_STORE_WARMUP_SECONDS ?? 45);
    for (const { write } of writers) {
      await emptyGraph(graph);
      await load(graph, write, extractions, 1, Date.now() + warmUpSeconds * 1000);
    }
    const results: Array<{ writer: string; concurrency: number; seconds: number; counts: Record<string, number> }> = [];
    for (const concurrency of concurrencies) {
      const seconds = new Map<string, number>();
      // Rounds alternate the writers' order (A B, B A, ...): the machine is shared, and a slow spell
      // then lands on both writers instead of on whichever happened to run during it.
      for (let round = 0; round < rounds; round++) {
        for (const { name, write } of round % 2 === 0 ? writers : [...writers].reverse()) {
          await emptyGraph(graph);
          const s = await load(graph, write, extractions, concurrency);
          seconds.set(name, (seconds.get(name) ?? 0) + s / rounds);
          log(`  round ${round + 1}: ${name}, ${concurrency} in flight: ${fixed(s)} s = ${fixed(count / s)} articles/s`);
          if (round === rounds - 1) {
            const counts = await graphCounts(graph);
            const done = results.find((r) => r.writer === name && r.concurrency === concurrency);
            if (done) done.counts = counts;
            else results.push({ writer: name, concurrency, seconds: 0, counts });
          }
        }
      }
      for (const r of results) if (r.concurrency === concurrency) r.seconds = seconds.get(r.writer)!;
    }
    results.sort((a, b) => a.concurrency - b.concurrency || writers.findIndex((w) => w.name === a.writer) - writers.findIndex((w) => w.name === b.writer));
    const label = (name: string) => writers.find((w) => w.name === name)!.label;
    const keys = [...new Set(results.flatMap((r) => Object.keys(r.counts)))].sort();
    const identical = results.every((r) => keys.every((k) => r.counts[k] === results[0].counts[k]));

    // Against a commit the ratio needs two decimals: the interesting answers lie near 1.
    const digits = other ? 2 : 1;
    const speed = table(['writer', 'articles in flight', `seconds (mean of ${rounds} rounds)`, 'articles/s', `${subject.label} ÷ ${baseline.label}`],
      results.map((r) => {
        const base = results.find((o) => o.concurrency === r.concurrency && o.writer === baseline.name)!;
        return [r.writer, r.concurrency, fixed(r.seconds), fixed(count / r.seconds), r === base ? `${fixed(1, digits)}×` : `**${fixed(base.seconds / r.seconds, digits)}×**`];
      }));
    const countTable = table(['node label / relationship type', ...results.map((r) => `${label(r.writer)}${concurrencies.length > 1 ? ` ×${r.concurrency}` : ''}`)],
      keys.map((k) => [k, ...results.map((r) => r.counts[k] ?? 0)]));
    const target = other ? `working tree against ${other.short} (${other.commit}), same articles, writers alternating` : "target: the product's batched writer ≥ 5× naive";
    const markdown = [
      `Measured ${machine()}: ${count} articles (${shape.bytes} bytes, ${fixed(shape.entities)} entities, ${fixed(shape.claims)} claims and ${fixed(shape.keys)} aggregate keys each on average); ${target}.`,
      '', speed, '',
      `Graph after each load (${identical ? 'identical for every writer' : '**DIFFERENT — the writers disagree**'}):`,
      '', countTable,
    ].join('\n');
    console.log(`\n${markdown}\n`);
    if (!process.env.BENCH_NO_README) writeReadmeSection(other ? 'store-against' : 'store', markdown);
    if (!identical) process.exitCode = 1;
  } finally {
    await graph.close();
  }
}

await main();
