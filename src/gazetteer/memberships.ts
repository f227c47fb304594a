// Which organisations count which states as members, as the gazetteer states it (members as ISO 3166
// alpha-3 codes in data/gazetteer/organizations.json), resolved to the states' entity ids.
import { readGazetteerFiles } from '../data/gazetteerFiles.ts';

let cached: Map<string, string[]> | undefined;

/** Organisation id → member entity ids, for the organisations that list members. */
export function gazetteerMemberships(): Map<string, string[]> {
  if (cached) return cached;
  const { countries, organizations } = readGazetteerFiles();
  const countryByIso3 = new Map(countries.map((c) => [c.iso3, c.id]));
  cached = new Map(organizations
    .filter((o) => 'members' in o && o.members?.length)
    .map((o) => [o.id, ((o as { members: string[] }).members).map((iso3) => countryByIso3.get(iso3)).filter((id): id is string => Boolean(id))]));
  return cached;
}
