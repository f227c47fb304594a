// Connecting, migrating and round-tripping against the run's real Neo4j; clear errors for bad settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ConfigError, GraphUnavailableError } from '../../src/errors.ts';
import type { Graph } from '../../src/store/connectGraph.ts';
import { openGraph } from '../../src/cli/openGraph.ts';
import { migrate } from '../../src/store/migrate.ts';
import { LIST_SCHEMA } from '../../src/store/cypher/schema.ts';
import { openTestGraph } from '../support/testGraph.ts';

let graph: Graph;
beforeAll(async () => (graph = await openTestGraph()));
afterAll(async () => graph?.close());

async function schemaNames(): Promise<string[]> {
  const names: string[] = [];
  for (const statement of LIST_SCHEMA) {
    const { records } = await graph.driver.executeQuery(statement, {}, { database: graph.database });
    names.push(...records.map((r) => r.get('name') as string));
  }
  return names.sort();
}

describe('the graph foundation', () => {
  it('applies migrations twice without error and without changing the schema', async () => {
    await migrate(graph.driver, graph.database);
    const once = await schemaNames();
    await migrate(graph.driver, graph.database);
    expect(await schemaNames()).toEqual(once);
    expect(once).toEqual(expect.arrayContaining(['entity_id', 'article_id', 'entity_names', 'claim_id']));
  });

  it('enforces one entity per id', async () => {
    const id = `test:unique-${Date.now()}`;
    await graph.driver.executeQuery('CREATE (:Entity {id: $id})', { id });
    await expect(graph.driver.executeQuery('CREATE (:Entity {id: $id})', { id })).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    await graph.driver.executeQuery('MATCH (e:Entity {id: $id}) DELETE e', { id });
  });

  it('round-trips a write and a read with parameters', async () => {
    const id = `test:roundtrip-${Date.now()}`;
    await graph.driver.executeQuery('CREATE (:Entity {id: $id, name: $name})', { id, name: 'Nordkorea "}) DETACH DELETE n //' });
    const { records } = await graph.driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e.name AS name', { id });
    expect(records[0].get('name')).toBe('Nordkorea "}) DETACH DELETE n //');
    await graph.driver.executeQuery('MATCH (e:Entity {id: $id}) DELETE e', { id });
  });
});

describe('configuration errors', () => {
  it('names NEO4J_URI and the accepted schemes when the URI is malformed', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI="http:\/\/localhost:7474": expected scheme.*bolt, bolt\+s/);
  });

  it('lists every bad value at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', GEOKG_NEO4J_HEAP: 'lots', NEO4J_URI: 'neo4j+s://x.databases.neo4j.io' }))
      .toThrow(/NEO4J_PASSWORD is required[\s\S]*GEOKG_NEO4J_HEAP="lots"[\s\S]*PORT="eighty"/);
  });

  it('says the server is unreachable when NEO4J_URI points nowhere', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'x' });
    const attempt = openGraph(config);
    await expect(attempt).rejects.toThrow(GraphUnavailableError);
    await expect(attempt).rejects.toThrow(/Neo4j at bolt:\/\/127\.0\.0\.1:9 is unreachable/);
  });

  it('says the credentials are wrong when the password is', async () => {
    const target = (await openTestGraph()).target;
    const config = loadConfig({ NEO4J_URI: target.uri, NEO4J_PASSWORD: 'definitely-wrong' });
    await expect(openGraph(config)).rejects.toThrow(/refused user "neo4j": check NEO4J_USER and NEO4J_PASSWORD/);
  });
});
