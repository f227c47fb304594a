import { mergeResolvers } from '@graphql-tools/merge';
import { allianceResolvers } from './allianceResolvers.ts';
import { articleResolvers } from './articleResolvers.ts';
import { entityResolvers } from './entityResolvers.ts';
import { enumResolvers } from './enumResolvers.ts';
import { healthResolvers } from './healthResolvers.ts';
import { mutationResolvers } from './mutationResolvers.ts';
import { queryResolvers } from './queryResolvers.ts';
import { relationResolvers } from './relationResolvers.ts';
import { scalarResolvers } from './scalarResolvers.ts';

export const resolvers = mergeResolvers([
  scalarResolvers, enumResolvers, healthResolvers, queryResolvers, entityResolvers,
  relationResolvers, articleResolvers, allianceResolvers, mutationResolvers,
]);
