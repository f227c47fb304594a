// What every resolver receives: the graph, the settings, and per-request loaders.
import type { Config } from '../config.ts';
import type { Graph } from '../store/connectGraph.ts';

export interface ServerDeps {
  graph: Graph;
  config: Config;
}

export interface RequestContext extends ServerDeps {
  /** True when the request carried the configured API key. */
  authorized: boolean;
}
