// graphology ships CommonJS with ESM-style typings; Node's ESM loader hands us module.exports while
// TypeScript expects `.default`. Loading through require gives one value both agree on.
import { createRequire } from 'node:module';
import type GraphModule from 'graphology';
import type LouvainModule from 'graphology-communities-louvain';
import type ForceAtlas2Module from 'graphology-layout-forceatlas2';

const require = createRequire(import.meta.url);

export const Graph = require('graphology') as typeof GraphModule.default;
export const louvain = require('graphology-communities-louvain') as typeof LouvainModule.default;
export const forceAtlas2 = require('graphology-layout-forceatlas2') as typeof ForceAtlas2Module.default;
