// The shape of data/gazetteer/*.json (documented in data/gazetteer/README.md), exactly as the files write
// it: one schema per file, strict at every level, so a misspelt key ("adjektives") stops the program
// instead of silently taking a name or a capital away from the recogniser. Fields the recogniser does
// not read (members, within, kind, from/to, sector, note, …) are listed too: they are real data, read
// by other parts of geokg or by people, and a strict schema has to know them to reject the misspelt ones.
import { z } from 'zod';
import { readDataFile } from './readDataFile.ts';

const text = z.string().min(1);
const texts = z.array(text);
/** Surface forms per language, English first as in every file. */
const perLanguage = z.strictObject({ en: texts, de: texts });
/** An entry id: a Wikidata QID or a slug (`org:…`, `loc:…`, `person:…`); references use the same. */
const id = text;
/** `null` where no Wikidata item is certain (the id is then a slug). */
const wikidata = z.string().regex(/^Q\d+$/, 'must be a Wikidata id (Q…) or null').nullable();
/** A free-text remark for readers of the file. */
const note = text.optional();

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be three capital letters (ISO 3166 alpha-3)');

const Country = z.strictObject({
  id,
  wikidata,
  name: text,
  type: z.literal('Country'),
  iso2: z.string().regex(/^[A-Z]{2}$/, 'must be two capital letters'),
  iso3,
  unMember: z.boolean(),
  names: perLanguage,
  adjectives: perLanguage,
  demonyms: perLanguage,
  /** Seats of government and their metonyms (Kremlin, White House): the country when acting. */
  capitals: perLanguage,
  /** Abbreviations really used in text (US, UK, DPRK); iso2/iso3 are identifiers, not surface forms. */
  codes: texts,
});

const Organization = z
  .strictObject({
    id,
    wikidata,
    name: text,
    type: z.enum(['Organization', 'Group']),
    names: perLanguage,
    acronyms: texts,
    adjectives: perLanguage,
    /** ISO3 codes of member states. */
    members: z.array(iso3),
    /** The year the member list is as of. */
    membersAsOf: text.optional(),
    permanentMembers: z.array(iso3).optional(),
    /** Ids of member organisations (EU and AU in the G20). */
    memberOrgs: z.array(id).optional(),
    partOf: id.optional(),
    /** Cities standing for the body when acting ("Brüssel" for the EU), as capitals do for a country. */
    seats: texts.optional(),
    /** Id of the state a body, party or group belongs to. */
    country: id.optional(),
    /** A state body ("State Department") acts as its country. */
    stateBody: z.literal(true).optional(),
    /** A publishing platform (Twitter): where statements appear, never an actor. */
    platform: z.literal(true).optional(),
    note,
  })
  .refine((o) => !o.stateBody || o.country !== undefined, {
    message: 'a state body needs the country it acts for',
    path: ['stateBody'],
  });

/** A day, or a month where the day is not certain. */
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date (YYYY-MM-DD, or YYYY-MM)');

const Person = z.strictObject({
  id,
  wikidata,
  name: text,
  type: z.literal('Person'),
  /** People's names are the same in both languages: one list. */
  names: texts,
  /** Current offices first, then past ones newest first; of two held at once, the one to show first. */
  roles: z.array(
    z
      .strictObject({
        title: z.strictObject({ en: text, de: text }),
        /** Id of the country or organisation the office is held for. */
        of: id,
        /** The first day in office; the last is the day before `to`, when the successor takes over. */
        from: isoDate,
        /** `null`: still in office. */
        to: isoDate.nullable(),
      })
      // A month stands for its first day, as when terms are compared (src/gazetteer/gazetteer.ts).
      .refine((r) => r.to === null || r.to.padEnd(10, '-01') >= r.from.padEnd(10, '-01'), { message: 'a term cannot end before it begins', path: ['to'] }),
  ),
});

const Location = z.strictObject({
  id,
  wikidata,
  name: text,
  type: z.literal('Location'),
  kind: text,
  names: perLanguage,
  adjectives: perLanguage,
  /** Id of the containing country or location. */
  within: id.optional(),
  note,
});

const SECTORS = ['GOV', 'MIL', 'LEG', 'JUD', 'IGO', 'REB', 'OPP', 'SPY', 'COP', 'REL'] as const;

const roleFields = {
  /** The title itself; `forms` lists it again with its inflections. */
  title: text,
  forms: texts,
  sector: z.enum(SECTORS),
  /** Id of the country the title itself names ("Kremlsprecher" → Russia). */
  implies: id.optional(),
  /** A form of address ("Pater", "Father") that names a person but holds no office. */
  honorific: z.literal(true).optional(),
  note,
};

const Roles = z.strictObject({
  /** German titles carry their English equivalent. */
  de: z.array(z.strictObject({ ...roleFields, en: text })),
  en: z.array(z.strictObject(roleFields)),
});

export const CountriesFile = z.array(Country);
export const OrganizationsFile = z.array(Organization);
export const PeopleFile = z.array(Person);
export const LocationsFile = z.array(Location);
export const RolesFile = Roles;

export type CountryRecord = z.output<typeof Country>;
export type OrganizationRecord = z.output<typeof Organization>;
export type PersonRecord = z.output<typeof Person>;
export type LocationRecord = z.output<typeof Location>;
export type RoleRecord = z.output<typeof Roles>['de' | 'en'][number];

/** Each gazetteer file (path inside data/) with its schema. */
export const GAZETTEER_FILES = {
  countries: { file: 'gazetteer/countries.json', schema: CountriesFile },
  organizations: { file: 'gazetteer/organizations.json', schema: OrganizationsFile },
  people: { file: 'gazetteer/people.json', schema: PeopleFile },
  locations: { file: 'gazetteer/locations.json', schema: LocationsFile },
  roles: { file: 'gazetteer/roles.json', schema: RolesFile },
} as const;

export interface GazetteerFiles {
  countries: CountryRecord[];
  organizations: OrganizationRecord[];
  people: PersonRecord[];
  locations: LocationRecord[];
  roles: z.output<typeof Roles>;
}

/** Reads and checks all five files; the first fault stops with a DataFileError naming file and key. */
export function readGazetteerFiles(): GazetteerFiles {
  const { countries, organizations, people, locations, roles } = GAZETTEER_FILES;
  return {
    countries: readDataFile(countries.file, countries.schema),
    organizations: readDataFile(organizations.file, organizations.schema),
    people: readDataFile(people.file, people.schema),
    locations: readDataFile(locations.file, locations.schema),
    roles: readDataFile(roles.file, roles.schema),
  };
}
