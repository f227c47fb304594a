// Loads data/gazetteer/*.json into one list of known actors and places. Files are read as
// data: every entry lists its names per language, and countries also their adjective stems,
// demonyms and capitals (a capital standing for its government is a mention of the country).
import { existsSync, readFileSync } from 'node:fs';
import type { EntityType } from '../model.ts';

export interface GazetteerEntry {
  id: string;
  name: string;
  type: EntityType;
  wikidata?: string;
  iso2?: string;
  iso3?: string;
  /** Proper names in any language, as written. */
  names: string[];
  /** Adjective forms; German stems get their endings when the index is built. */
  adjectives: { de: string[]; en: string[] };
  /** Seats of government and capitals: the country when acting, a place after "in". */
  capitals: string[];
  /** For people: the office ("Secretary General") and the id of the country or organisation. */
  role?: string;
  represents?: string;
  /** For national bodies ("US State Department"): the country they belong to. */
  country?: string;
  /** A state body (`stateBody: true`: "State Department", "Revolutionsgarden") acts as its country. */
  stateBody?: boolean;
  /** A publishing platform (`platform: true`: Twitter): where statements appear, never an actor. */
  platform?: boolean;
}

export interface RoleTitle {
  /** Lowercased title, one or more words ("generalsekretär", "secretary of state"). */
  words: string[];
  /** false for honorifics ("Father", "Dr.") that name a person but hold no office. */
  office: boolean;
  /** Id of the country a prefix implies ("Bundes" → Germany). */
  impliesId?: string;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
  roles: RoleTitle[];
}

const DIR = new URL('../../data/gazetteer/', import.meta.url);
const ENTITY_FILES = ['countries.json', 'organizations.json', 'people.json', 'locations.json'];
let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const entries: GazetteerEntry[] = [];
  for (const file of ENTITY_FILES) {
    for (const raw of readList(file)) {
      const entry = toEntry(raw, file);
      if (entry) entries.push(entry);
    }
  }
  const roles = readAllLists('roles.json').flatMap(toRoles);
  cached = { entries, byId: new Map(entries.map((e) => [e.id, e])), roles };
  return cached;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

function readList(file: string): Raw[] {
  const url = new URL(file, DIR);
  if (!existsSync(url)) return [];
  const data = JSON.parse(readFileSync(url, 'utf8'));
  if (Array.isArray(data)) return data;
  const list = Object.values(data).find(Array.isArray);
  return (list as Raw[]) ?? [];
}

// roles.json groups titles per language: { de: [...], en: [...] }.
function readAllLists(file: string): Raw[] {
  const url = new URL(file, DIR);
  if (!existsSync(url)) return [];
  const data = JSON.parse(readFileSync(url, 'utf8'));
  return Array.isArray(data) ? data : Object.values(data).filter(Array.isArray).flat();
}

/** Values given as a list or as a per-language object ({ en: [...], de: [...] }). */
function flat(value: Raw): string[] {
  if (!value) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(flat);
  return Object.values(value).flatMap(flat);
}

function perLanguage(value: Raw, lang: 'de' | 'en'): string[] {
  if (!value) return [];
  if (Array.isArray(value) || typeof value === 'string') return flat(value);
  return flat(value[lang]);
}

const TYPE_BY_FILE: Record<string, EntityType> = {
  'countries.json': 'Country', 'organizations.json': 'Organization', 'people.json': 'Person', 'locations.json': 'Location',
};

function toEntry(raw: Raw, file: string): GazetteerEntry | undefined {
  const name = raw.name ?? raw.label;
  if (!name) return undefined;
  const type: EntityType = raw.type ?? TYPE_BY_FILE[file];
  const wikidata = raw.wikidata ?? (/^Q\d+$/.test(raw.id ?? '') ? raw.id : undefined);
  const role = firstRole(raw);
  return {
    id: String(raw.id ?? wikidata ?? name),
    name,
    type,
    wikidata,
    iso2: raw.iso2,
    iso3: raw.iso3,
    names: [name, ...flat(raw.names), ...flat(raw.aliases), ...flat(raw.demonyms), ...flat(raw.codes), ...flat(raw.acronyms), ...flat(raw.abbreviations), ...flat(raw.shortNames)],
    adjectives: { de: perLanguage(raw.adjectives, 'de'), en: perLanguage(raw.adjectives, 'en') },
    capitals: flat(raw.capitals ?? raw.seats),
    country: raw.country ?? undefined,
    stateBody: raw.stateBody === true && !!raw.country,
    platform: raw.platform === true,
    role: role?.title,
    represents: role?.of,
  };
}

// People carry their office as `role`/`roles` with the country or organisation it is held for.
function firstRole(raw: Raw): { title?: string; of?: string } | undefined {
  const r = Array.isArray(raw.roles) ? raw.roles[0] : raw.role;
  if (!r && !raw.represents) return undefined;
  if (typeof r === 'string') return { title: r, of: raw.represents ?? raw.country ?? raw.organization };
  const title = r ? (typeof r.title === 'string' ? r.title : flat(r.title)[0]) : undefined;
  return { title, of: r?.of ?? r?.represents ?? r?.country ?? r?.organization ?? r?.org ?? raw.represents };
}

function toRoles(raw: Raw): RoleTitle[] {
  const titles = typeof raw === 'string' ? [raw] : [...flat(raw.titles), ...flat(raw.names), ...flat(raw.title), ...flat(raw.forms)];
  const office = !(raw.office === false || raw.honorific === true || raw.kind === 'honorific');
  return titles.map((t) => ({ words: t.toLowerCase().split(/\s+/), office, impliesId: raw.implies ?? raw.impliesCountry ?? raw.country }));
}
