// Date, DateTime and URL: strict on input, ISO strings on output.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { badInput } from '../apiErrors.ts';

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function stringLiteral(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) throw badInput(`${scalar} must be a string`);
  return ast.value;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value)) throw badInput(`Date expects YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(String(value).slice(0, 40))}`);
  return value;
}

function parseDateTime(value: unknown): string {
  const text = String(value);
  if (typeof value !== 'string' || text.length > 40 || Number.isNaN(Date.parse(text))) {
    throw badInput(`DateTime expects ISO 8601 such as 2024-06-19T10:00:00Z, got ${JSON.stringify(text.slice(0, 40))}`);
  }
  return text;
}

function parseUrl(value: unknown): string {
  const text = String(value);
  let url: URL | undefined;
  try { url = typeof value === 'string' && text.length <= 2048 ? new URL(text) : undefined; } catch { url = undefined; }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw badInput(`URL expects an absolute http(s) URL, got ${JSON.stringify(text.slice(0, 60))}`);
  return url.toString();
}

export const scalarResolvers = {
  Date: new GraphQLScalarType({
    name: 'Date',
    serialize: (value) => String(value).slice(0, 10),
    parseValue: parseDate,
    parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
  }),
  DateTime: new GraphQLScalarType({
    name: 'DateTime',
    serialize: (value) => String(value),
    parseValue: parseDateTime,
    parseLiteral: (ast) => parseDateTime(stringLiteral(ast, 'DateTime')),
  }),
  URL: new GraphQLScalarType({
    name: 'URL',
    serialize: (value) => String(value),
    parseValue: parseUrl,
    parseLiteral: (ast) => parseUrl(stringLiteral(ast, 'URL')),
  }),
};
