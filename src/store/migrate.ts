// Applies the schema on every start; idempotent by construction.
import type { Driver } from 'neo4j-driver';
import { AWAIT_INDEXES, SCHEMA_STATEMENTS } from './cypher/schema.ts';

export async function migrate(driver: Driver, database?: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery(AWAIT_INDEXES, {}, { database });
}
