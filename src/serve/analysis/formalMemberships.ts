// Formal blocs: which organisations count which states as members, from the gazetteer's data
// (members as ISO 3166 alpha-3 codes), joined with what the graph itself states (MEMBER_OF).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

interface OrganizationRecord { id: string; members?: string[] }
interface CountryRecord { id: string; iso3?: string }

let cached: Map<string, string[]> | undefined;

function readJson<T>(name: string): T[] {
  const file = fileURLToPath(new URL(`../../../data/gazetteer/${name}`, import.meta.url));
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T[]) : [];
}

/** Organisation id → member entity ids, as the gazetteer knows them. */
export function gazetteerMemberships(): Map<string, string[]> {
  if (cached) return cached;
  const countryByIso3 = new Map(readJson<CountryRecord>('countries.json').map((c) => [c.iso3, c.id]));
  cached = new Map(readJson<OrganizationRecord>('organizations.json')
    .filter((o) => o.members?.length)
    .map((o) => [o.id, o.members!.map((iso3) => countryByIso3.get(iso3)).filter((id): id is string => Boolean(id))]));
  return cached;
}
