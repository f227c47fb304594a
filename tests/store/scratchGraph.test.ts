// Test and benchmark runs may only empty a database that carries their marker; anybody else's data is refused, untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScratchGraphRefusedError } from '../../src/errors.ts';
import type { Graph } from '../../src/store/connectGraph.ts';
import { claimScratchGraph, emptyScratchGraph } from '../../src/store/scratchGraph.ts';
import { openTestGraph, resetGraph, scratchGraph } from '../support/testGraph.ts';

let graph: Graph;
const count = async (cypher: string) => Number((await graph.driver.executeQuery(cypher)).records[0].get(0));
const scratch = () => scratchGraph(graph.driver, graph.target, 'test');

beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  // Leave the database as a test run expects it: empty and marked.
  await graph.driver.executeQuery("MATCH (n:Entity {id: 'someone:else'}) DETACH DELETE n");
  await claimScratchGraph(scratch());
  await graph.close();
});

describe('scratch graph marker', () => {
  it('refuses to empty a database holding data it did not mark, and leaves every node in place', async () => {
    await resetGraph(graph);
    await graph.driver.executeQuery('MATCH (m:GeokgScratchGraph) DELETE m');
    await graph.driver.executeQuery("CREATE (:Entity {id: 'someone:else', name: 'Kept'}), (:Article {id: 'someone-else-article'})");
    const attempt = resetGraph(graph);
    await expect(attempt).rejects.toBeInstanceOf(ScratchGraphRefusedError);
    await expect(attempt).rejects.toThrow(/holds 2 nodes and no :GeokgScratchGraph marker.*refusing to write to it or empty it.*GEOKG_TEST_NEO4J_URI/s);
    await expect(claimScratchGraph(scratch())).rejects.toThrow(/holds 2 nodes/);
    expect(await count("MATCH (n) WHERE n.id IN ['someone:else', 'someone-else-article'] RETURN count(n)")).toBe(2);
    expect(await count('MATCH (m:GeokgScratchGraph) RETURN count(m)')).toBe(0);
    await graph.driver.executeQuery("MATCH (n) WHERE n.id IN ['someone:else', 'someone-else-article'] DELETE n");
  });

  it('marks an empty database, then empties it at will, keeping the marker', async () => {
    await graph.driver.executeQuery('MATCH (n) DETACH DELETE n');
    await claimScratchGraph(scratch());
    expect(await count("MATCH (m:GeokgScratchGraph {claimedBy: 'geokg test'}) RETURN count(m)")).toBe(1);
    await graph.driver.executeQuery("CREATE (:Entity {id: 'test:a'})-[:SUPPORTS]->(:Entity {id: 'test:b'})");
    await emptyScratchGraph(scratch());
    expect(await count('MATCH (n) RETURN count(n)')).toBe(1);
    expect(await count('MATCH (m:GeokgScratchGraph) RETURN count(m)')).toBe(1);
    await claimScratchGraph(scratch());
    expect(await count('MATCH (m:GeokgScratchGraph) RETURN count(m)')).toBe(1);
  });
});
