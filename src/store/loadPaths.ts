import type { Graph } from './connectGraph.ts';
export interface LoadSummary { created: number; unchanged: number; updated: number; failed: number }
export async function loadPaths(_graph: Graph, _paths: string[], _opts: { log: (l: string) => void }): Promise<LoadSummary> {
  return { created: 0, unchanged: 0, updated: 0, failed: 0 };
}
