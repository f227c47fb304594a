import { mergeResolvers } from '@graphql-tools/merge';
import { healthResolvers } from './healthResolvers.ts';

export const resolvers = mergeResolvers([healthResolvers]);
