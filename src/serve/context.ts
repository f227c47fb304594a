// What every resolver receives: the graph, the settings, and per-request loaders.
import type { Config } from '../config.ts';
import type { Graph } from '../store/connectGraph.ts';
import type { RunRead } from '../store/readRepository.ts';
import type { Loaders } from './createLoaders.ts';

export interface ServerDeps {
  graph: Graph;
  config: Config;
  /** Observes every Cypher round trip (tests count them). */
  onQuery?: (statement: string) => void;
  /** Told when an article was ingested or deleted, so live views can refresh. */
  onChange?: () => void;
}

export interface RequestContext extends ServerDeps {
  /** True when the request carried the configured API key. */
  authorized: boolean;
  /** Takes one mutation token for this client; false when it is rate-limited. */
  allowMutation: () => boolean;
  run: RunRead;
  loaders: Loaders;
}
