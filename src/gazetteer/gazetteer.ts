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
  /** For people: their offices, as people.json lists them (current first, then past ones newest first);
   * `roleAt` picks the one held on a date. Empty for everything else. */
  roles: GazetteerRole[];
  /** For national bodies ("US State Department"): the country they belong to. */
  country?: string;
  /** A state body (`stateBody: true`: "State Department", "Revolutionsgarden") acts as its country. */
  stateBody?: boolean;
  /** A publishing platform (`platform: true`: Twitter): where statements appear, never an actor. */
  platform?: boolean;
}

export interface GazetteerRole {
  /** The English title, the one shown ("Secretary General"). */
  title: string;
  /** Id of the country or organisation the office is held for. */
  of: string;
  /** First day in office (YYYY-MM-DD, or YYYY-MM); absent: held since before any article. */
  from?: string;
  /** The day the successor took over; absent: still in office. */
  to?: string;
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
    roles: more.roles ?? [],
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

// A person's offices with their terms; the English title is the one shown.
function fromPerson(p: PersonRecord): GazetteerEntry {
  const roles = p.roles.map((r): GazetteerRole => ({ title: r.title.en, of: r.of, from: r.from, to: r.to ?? undefined }));
  return entry(p, { names: p.names, roles });
}

/**
 * The office a person holds on `date` (an article's publishedAt; YYYY-MM-DD or longer, YYYY-MM is read
 * as the month's first day, as are month-only term dates). A term runs from `from` up to the day
 * before `to`, the day the successor takes over. Of several offices held at once, the first listed.
 * On a day no term covers, the office held last before it: people are named by their last office
 * until they take a new one ("Stoltenberg" between NATO and the Norwegian finance ministry is still
 * NATO's former Secretary General, not yet a minister). Before every term, the first one to begin:
 * the office they are about to take (a president-elect). Undated (no date, or one that does not
 * begin with a year and month): the current office, else the latest one to end.
 */
export function roleAt(entry: Pick<GazetteerEntry, 'roles'>, date?: string): GazetteerRole | undefined {
  const day = dayOf(date);
  const terms = entry.roles.map((role) => ({ role, from: dayOf(role.from) ?? '', to: dayOf(role.to) }));
  if (day === undefined) return (terms.find((t) => t.to === undefined) ?? latestEnded(terms))?.role;
  const held = terms.find((t) => t.from <= day && (t.to === undefined || day < t.to));
  if (held) return held.role;
  const ended = latestEnded(terms.filter((t) => t.to !== undefined && t.to <= day));
  if (ended) return ended.role;
  const coming = terms.filter((t) => t.from > day).sort((a, b) => a.from.localeCompare(b.from))[0];
  return coming?.role;
}

type Term = { role: GazetteerRole; from: string; to?: string };

// The term that ended last; of two that ended on the same day, the first listed (sort is stable).
function latestEnded(terms: Term[]): Term | undefined {
  return terms.filter((t) => t.to !== undefined).sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''))[0];
}

/** The id of the country or organisation a person's office on `date` is held for (see `roleAt`). */
export function officeAt(entry: Pick<GazetteerEntry, 'roles'> | undefined, date?: string): string | undefined {
  return entry ? roleAt(entry, date)?.of : undefined;
}

// YYYY-MM-DD of a date or datetime, a month as its first day; undefined when it names no month.
function dayOf(date: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2})(-\d{2})?/.exec(date ?? '');
  return m ? m[1] + (m[2] ?? '-01') : undefined;
}

function fromLocation(l: LocationRecord): GazetteerEntry {
  return entry(l, { names: both(l.names), adjectives: l.adjectives });
}

// A title and its listed inflections each introduce a person; German titles' English equivalents (`en`)
// are translations for readers, not forms that occur in German text.
function toRoles(r: RoleRecord): RoleTitle[] {
  return [r.title, ...r.forms].map((t) => ({ words: t.toLowerCase().split(/\s+/), office: r.honorific !== true, impliesId: r.implies }));
}
