// Writes src/dashboard/queries.d.ts: for every GraphQL document the dashboard sends (src/dashboard/queries.js),
// the type of its answer and of its variables, read from the schema in schema/*.graphql. The dashboard's
// JSDoc then knows what each answer holds, and a schema change that breaks a query fails `npm run
// typecheck`. tests/dashboard/queryTypes.test.ts fails when the file is stale.
// Run: node --import tsx scripts/generate-dashboard-types.ts
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  buildSchema, getNamedType, GraphQLEnumType, GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLObjectType,
  GraphQLScalarType, Kind, parse, typeFromAST, validate,
  type GraphQLInputType, type GraphQLOutputType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { loadTypeDefs } from '../src/serve/loadTypeDefs.ts';

export const QUERIES_FILE = fileURLToPath(new URL('../src/dashboard/queries.js', import.meta.url));
export const TYPES_FILE = fileURLToPath(new URL('../src/dashboard/queries.d.ts', import.meta.url));

/** Every scalar of the schema as the JSON value it arrives as; the custom ones are ISO strings and URLs. */
const SCALARS: Record<string, string> = { ID: 'string', String: 'string', Int: 'number', Float: 'number', Boolean: 'boolean', Date: 'string', DateTime: 'string', URL: 'string' };

/** The enums the documents use, named like the schema's, written out once at the end. */
let usedEnums = new Map<string, GraphQLEnumType>();

function scalarType(type: GraphQLScalarType | GraphQLEnumType): string {
  if (type instanceof GraphQLEnumType) {
    usedEnums.set(type.name, type);
    return type.name;
  }
  const ts = SCALARS[type.name];
  if (!ts) throw new Error(`generate-dashboard-types: the schema has a scalar ${type.name} without a TypeScript type; add it to SCALARS`);
  return ts;
}

const indent = (depth: number) => '  '.repeat(depth);

function outputType(schema: GraphQLSchema, type: GraphQLOutputType, selections: SelectionSetNode | undefined, depth: number): string {
  if (type instanceof GraphQLNonNull) return nonNull(outputType(schema, type.ofType, selections, depth));
  if (type instanceof GraphQLList) return `Array<${outputType(schema, type.ofType, selections, depth)}> | null`;
  const named = getNamedType(type);
  if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) return `${scalarType(named)} | null`;
  if (!(named instanceof GraphQLObjectType)) throw new Error(`generate-dashboard-types: ${named.name} is an interface or union; only object types are supported`);
  if (!selections) throw new Error(`generate-dashboard-types: ${named.name} needs a selection set`);
  return `${selectionType(schema, named, selections, depth)} | null`;
}

/** Drops the `| null` that outputType adds last, for non-null types. */
const nonNull = (type: string) => (type.endsWith(' | null') ? type.slice(0, -' | null'.length) : type);

function selectionType(schema: GraphQLSchema, parent: GraphQLObjectType, selections: SelectionSetNode, depth: number): string {
  const fields: string[] = [];
  for (const selection of selections.selections) {
    if (selection.kind !== Kind.FIELD) throw new Error('generate-dashboard-types: fragments are not supported; write the fields out');
    const name = selection.name.value;
    const key = selection.alias?.value ?? name;
    if (name === '__typename') {
      fields.push(`${indent(depth + 1)}${key}: '${parent.name}';`);
      continue;
    }
    const field = parent.getFields()[name];
    if (!field) throw new Error(`generate-dashboard-types: ${parent.name} has no field ${name}`);
    fields.push(`${indent(depth + 1)}${key}: ${outputType(schema, field.type, selection.selectionSet, depth + 1)};`);
  }
  return `{\n${fields.join('\n')}\n${indent(depth)}}`;
}

function inputType(type: GraphQLInputType, depth: number): string {
  if (type instanceof GraphQLNonNull) return nonNull(inputType(type.ofType, depth));
  if (type instanceof GraphQLList) return `Array<${inputType(type.ofType, depth)}> | null`;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).map((f) => {
      const optional = !(f.type instanceof GraphQLNonNull) || f.defaultValue !== undefined;
      return `${indent(depth + 1)}${f.name}${optional ? '?' : ''}: ${inputType(f.type, depth + 1)};`;
    });
    return `{\n${fields.join('\n')}\n${indent(depth)}} | null`;
  }
  return `${scalarType(type)} | null`;
}

function variablesType(schema: GraphQLSchema, operation: OperationDefinitionNode): string {
  const variables = (operation.variableDefinitions ?? []).map((definition) => {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) throw new Error(`generate-dashboard-types: unknown type of $${definition.variable.name.value}`);
    const optional = !(type instanceof GraphQLNonNull) || definition.defaultValue !== undefined;
    return `  ${definition.variable.name.value}${optional ? '?' : ''}: ${inputType(type, 1)};`;
  });
  return variables.length ? `{\n${variables.join('\n')}\n}` : 'Record<string, never>';
}

/** The file's text for these documents (export name → GraphQL text) over this schema. */
export function renderTypes(schema: GraphQLSchema, documents: Record<string, unknown>): string {
  usedEnums = new Map();
  const out = [
    '// Generated by scripts/generate-dashboard-types.ts from schema/*.graphql and queries.js; do not edit.',
    '// Regenerate: node --import tsx scripts/generate-dashboard-types.ts',
    '',
    '/** A document\'s text, marked with the types of its answer (`data`) and of its variables. */',
    'export type Document<Result, Variables> = string & { readonly __result?: Result; readonly __variables?: Variables };',
  ];
  for (const [exportName, text] of Object.entries(documents).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof text !== 'string') continue;
    const document = parse(text);
    const errors = validate(schema, document);
    if (errors.length) throw new Error(`generate-dashboard-types: ${exportName} does not fit the schema: ${errors.map((e) => e.message).join('; ')}`);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || !operations[0]!.name) throw new Error(`generate-dashboard-types: ${exportName} must hold exactly one named operation`);
    const operation = operations[0]!;
    const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : null;
    if (!root) throw new Error(`generate-dashboard-types: ${exportName} is a ${operation.operation}, which the schema does not have`);
    const name = operation.name!.value;
    const suffix = operation.operation === 'query' ? 'Query' : 'Mutation';
    out.push(
      '',
      `/** The answer to \`${operation.operation} ${name}\` (${exportName}). */`,
      `export interface ${name}${suffix} ${selectionType(schema, root, operation.selectionSet, 0)}`,
      `export type ${name}Variables = ${variablesType(schema, operation)};`,
      `export const ${exportName}: Document<${name}${suffix}, ${name}Variables>;`,
    );
  }
  for (const [name, type] of [...usedEnums].sort(([a], [b]) => a.localeCompare(b))) {
    out.push('', `export type ${name} = ${type.getValues().map((v) => `'${v.name}'`).join(' | ')};`);
  }
  return `${out.join('\n')}\n`;
}

/** The file's text for the schema and the documents as they are now. */
export async function generateDashboardTypes(): Promise<string> {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const documents = (await import(pathToFileURL(QUERIES_FILE).href)) as Record<string, unknown>;
  return renderTypes(schema, documents);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  fs.writeFileSync(TYPES_FILE, await generateDashboardTypes());
  process.stdout.write(`wrote ${TYPES_FILE}\n`);
}
