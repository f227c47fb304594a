// Statements for scratch graphs: databases a test or benchmark run was given to empty at will.
// The marker is one node that only such a run writes; emptying keeps it, so the next run knows the database.
export const SCRATCH_MARKER_LABEL = 'GeokgScratchGraph';

/** How many markers the database holds, and how many nodes besides them. */
export const INSPECT_SCRATCH_GRAPH = `
CALL () { MATCH (m:${SCRATCH_MARKER_LABEL}) RETURN count(m) AS markers }
CALL () { MATCH (n) RETURN count(n) AS nodes }
RETURN markers, nodes - markers AS others`;

export const MARK_SCRATCH_GRAPH = `
MERGE (m:${SCRATCH_MARKER_LABEL} {id: 'scratch'})
ON CREATE SET m.claimedBy = $purpose, m.claimedAt = datetime()`;

// Relationships first, in batches: a hub's thousands of relationships in one DETACH DELETE can exceed the
// transaction memory pool. CALL ... IN TRANSACTIONS needs an auto-commit transaction.
export const EMPTY_SCRATCH_GRAPH = [
  'MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS',
  `MATCH (n) WHERE NOT n:${SCRATCH_MARKER_LABEL} CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS`,
] as const;
