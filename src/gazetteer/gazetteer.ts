// Loads data/gazetteer/*.json (checked by src/data/gazetteerFiles.ts) into one list of known actors and
// places: every entry lists its names per language, and countries also their adjective stems,
// demonyms and capitals (a capital standing for its government is a mention of the country).
import {
  readGazetteerFiles, type CountryRecord, type LocationRecord, type OrganizationRecord, type PersonRecord, type RoleRecord,
} from '../data/gazetteerFiles.ts';
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

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const files = readGazetteerFiles();
  const entries: GazetteerEntry[] = [
    ...files.countries.map(fromCountry),
    ...files.organizations.map(fromOrganization),
    ...files.people.map(fromPerson),
    ...files.locations.map(fromLocation),
  ];
  const roles = [...files.roles.de, ...files.roles.en].flatMap(toRoles);
  cached = { entries, byId: new Map(entries.map((e) => [e.id, e])), roles };
  return cached;
}

type Forms = { en: string[]; de: string[] };
const both = (forms: Forms): string[] => [...forms.en, ...forms.de];

// What every kind of entry has in common; each file adds its own surface forms and links.
function entry(
  record: { id: string; wikidata: string | null; name: string; type: EntityType },
  more: Pick<GazetteerEntry, 'names'> & Partial<Omit<GazetteerEntry, 'id' | 'name' | 'type' | 'wikidata'>>,
): GazetteerEntry {
  return {
    id: record.id,
    name: record.name,
    type: record.type,
    wikidata: record.wikidata ?? undefined,
    iso2: more.iso2,
    iso3: more.iso3,
    // The canonical name is a surface form too, even where a file does not list it again.
    names: [record.name, ...more.names],
    adjectives: more.adjectives ?? { de: [], en: [] },
    capitals: more.capitals ?? [],
    country: more.country,
    stateBody: more.stateBody ?? false,
    platform: more.platform ?? false,
    role: more.role,
    represents: more.represents,
  };
}

function fromCountry(c: CountryRecord): GazetteerEntry {
  return entry(c, {
    iso2: c.iso2,
    iso3: c.iso3,
    names: [...both(c.names), ...both(c.demonyms), ...c.codes],
    adjectives: c.adjectives,
    capitals: both(c.capitals),
  });
}

function fromOrganization(o: OrganizationRecord): GazetteerEntry {
  return entry(o, {
    names: [...both(o.names), ...o.acronyms],
    adjectives: o.adjectives,
    capitals: o.seats,
    country: o.country,
    stateBody: o.stateBody,
    platform: o.platform,
  });
}

// A person's first role is the current office (or the latest one); its English title is the one shown.
function fromPerson(p: PersonRecord): GazetteerEntry {
  const office = p.roles[0];
  return entry(p, { names: p.names, role: office?.title.en, represents: office?.of });
}

function fromLocation(l: LocationRecord): GazetteerEntry {
  return entry(l, { names: both(l.names), adjectives: l.adjectives });
}

// A title and its listed inflections each introduce a person; German titles' English equivalents (`en`)
// are translations for readers, not forms that occur in German text.
function toRoles(r: RoleRecord): RoleTitle[] {
  return [r.title, ...r.forms].map((t) => ({ words: t.toLowerCase().split(/\s+/), office: r.honorific !== true, impliesId: r.implies }));
}
