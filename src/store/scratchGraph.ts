// Test and benchmark runs empty their database again and again. They may only do so on a database that was
// given to them: one that was empty when a run first claimed it, and so carries the marker only such a run
// writes. A database that holds data without the marker is somebody's graph, and is refused untouched.
import type { Driver } from 'neo4j-driver';
import { ScratchGraphRefusedError } from '../errors.ts';
import { EMPTY_SCRATCH_GRAPH, INSPECT_SCRATCH_GRAPH, MARK_SCRATCH_GRAPH, SCRATCH_MARKER_LABEL } from './cypher/scratchGraph.ts';

export interface ScratchGraph {
  driver: Driver;
  database?: string;
  /** Where it is, for messages: a URI and, where known, the embedded instance. */
  describe: string;
  /** What the run is, recorded on the marker: "geokg test", "geokg benchmark". */
  purpose: string;
  /** What the user can do instead, added to the refusal. */
  advice: string;
}

async function inspect(graph: ScratchGraph): Promise<{ markers: number; others: number }> {
  const { records } = await graph.driver.executeQuery(INSPECT_SCRATCH_GRAPH, {}, { database: graph.database });
  return { markers: Number(records[0].get('markers')), others: Number(records[0].get('others')) };
}

function refuse(graph: ScratchGraph, others: number): never {
  throw new ScratchGraphRefusedError(
    `${graph.describe} holds ${others} node${others === 1 ? '' : 's'} and no :${SCRATCH_MARKER_LABEL} marker, so it was not `
    + `made by a ${graph.purpose} run: refusing to write to it or empty it. ${graph.advice}`,
  );
}

/** Accepts a marked database and marks an empty one; refuses one holding data without the marker. True when it was marked before. */
async function claim(graph: ScratchGraph): Promise<boolean> {
  const { markers, others } = await inspect(graph);
  if (markers > 0) return true;
  if (others > 0) refuse(graph, others);
  await graph.driver.executeQuery(MARK_SCRATCH_GRAPH, { purpose: graph.purpose }, { database: graph.database });
  return false;
}

/** Claims the database for this run: marks it when empty, accepts it when marked, refuses it otherwise. */
export async function claimScratchGraph(graph: ScratchGraph): Promise<void> {
  await claim(graph);
}

/** Deletes everything but the marker; checks the marker first, every time (an empty database just gets marked). */
export async function emptyScratchGraph(graph: ScratchGraph): Promise<void> {
  if (!(await claim(graph))) return;
  const session = graph.driver.session({ database: graph.database });
  try {
    for (const statement of EMPTY_SCRATCH_GRAPH) await session.run(statement);
  } finally {
    await session.close();
  }
}
