// Every extraction rule has an example sentence with the relation it must give (data/examples/{de,en}.tsv),
// and some have a sentence where its cue is present but it must give nothing. A rule added to a lexicon
// without a row fails here, and so does a row naming a rule that no longer exists.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCueLexicon } from '../../src/data/lexiconFiles.ts';
import { LANGUAGES, POLARITIES, RELATION_TYPES, type Language, type Polarity, type Relation } from '../../src/model.ts';
import { buildArticle } from '../../src/parse/index.ts';
import { extractArticle } from '../../src/ingest/pipeline.ts';

// Rule ids produced in code rather than read from a lexicon (src/extract/4-relate); kept equal to the
// `rule:` literals in src/extract by a test below, so a new one in code needs its example too.
const codeRules = (language: Language) => ['structural.role-title', 'structural.member-compound', 'structural.member-apposition', `${language}.request.obligation`, `${language}.threaten.conditional`, `${language}.accuse.reported-blame`];

const extractDir = new URL('../../src/extract/', import.meta.url);
const extractSources = readdirSync(extractDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, extractDir), 'utf8'));
// Mutation testing runs the tests on instrumented copies of src, where the literals are rewritten.
const instrumented = extractSources.some((text) => text.includes('stryMutAct_'));

/** The rule ids written as `rule: '…'` or `rule: \`${doc.language}.…\`` in src/extract, for a language. */
function rulesInCode(language: Language): string[] {
  const ids = extractSources.flatMap((text) => [...text.matchAll(/\brule: (?:'([^']+)'|`\$\{doc\.language\}([^`]+)`)/g)]
    .map((m) => m[1] ?? `${language}${m[2]}`));
  return [...new Set(ids)].sort();
}

// Rules no natural sentence has been found to trigger, each with the reason. A rule listed here needs no
// positive row; once it has one, it must leave this list (checked below), so the gap stays visible.
const KNOWN_UNTRIGGERED: ReadonlyMap<string, string> = new Map<string, string>([]);

const TITLE: Record<Language, string> = { de: 'Nachrichten', en: 'News' };

interface Expected { source: string; type: string; target: string; polarity?: Polarity }
interface Row { rule: string; sentence: string; expect: Expected | null; line: number }

const COLUMNS = ['rule', 'sentence', 'expect'];

function readTable(language: Language): Row[] {
  const file = new URL(`../../data/examples/${language}.tsv`, import.meta.url);
  const lines = readFileSync(file, 'utf8').split('\n');
  const rows: Row[] = [];
  let header: string[] | undefined;
  lines.forEach((text, i) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    const cells = text.split('\t');
    if (!header) {
      header = cells;
      if (header.join('\t') !== COLUMNS.join('\t')) throw new Error(`${language}.tsv: header must be ${COLUMNS.join(', ')}, got ${header.join(', ')}`);
      return;
    }
    if (cells.length !== COLUMNS.length) throw new Error(`${language}.tsv line ${i + 1}: ${cells.length} columns, expected ${COLUMNS.length}`);
    const [rule, sentence, expect] = cells.map((c) => c.trim());
    rows.push({ rule, sentence, expect: parseExpect(expect, `${language}.tsv line ${i + 1}`), line: i + 1 });
  });
  return rows;
}

// "Source TYPE Target" with an optional trailing polarity; names may have spaces ("United States").
function parseExpect(cell: string, where: string): Expected | null {
  if (cell === '-') return null;
  const words = cell.split(/\s+/);
  const at = words.findIndex((w) => (RELATION_TYPES as readonly string[]).includes(w));
  if (at < 1) throw new Error(`${where}: expect "${cell}" names no relation type after a source`);
  const rest = words.slice(at + 1);
  const last = rest[rest.length - 1];
  const polarity = (POLARITIES as readonly string[]).includes(last) ? (rest.pop() as Polarity) : undefined;
  if (!rest.length) throw new Error(`${where}: expect "${cell}" has no target`);
  return { source: words.slice(0, at).join(' '), type: words[at], target: rest.join(' '), ...(polarity ? { polarity } : {}) };
}

function ruleIds(language: Language): Set<string> {
  const lexicon = readCueLexicon(language);
  return new Set([...lexicon.verbs, ...lexicon.nouns, ...lexicon.acts].map((r) => r.id).concat(codeRules(language)));
}

// An act noun gives no relation of its own: it decides the target of the verb that condemns it, so its rows
// are checked against every relation of the sentence.
const actIds = (language: Language) => new Set(readCueLexicon(language).acts.map((a) => a.id));

function relationsOf(language: Language, sentence: string): Relation[] {
  const article = buildArticle({ title: TITLE[language], body: sentence, language, publishedAt: '2024-06-01' }, { file: `${language}.tsv` });
  return extractArticle(article).relations;
}

const show = (r: Relation) => `${r.source} ${r.type} ${r.target} ${r.polarity} (${r.rule})`;

describe.each(LANGUAGES)('rule examples (data/examples/%s.tsv)', (language) => {
  const rows = readTable(language);
  const ids = ruleIds(language);
  const acts = actIds(language);

  it('has a positive example for every rule', () => {
    const covered = new Set(rows.filter((r) => r.expect).map((r) => r.rule));
    const missing = [...ids].filter((id) => !covered.has(id) && !KNOWN_UNTRIGGERED.has(id));
    expect(missing).toEqual([]);
  });

  it('names only existing rules of this language', () => {
    expect(rows.filter((r) => !ids.has(r.rule)).map((r) => `line ${r.line}: ${r.rule}`)).toEqual([]);
  });

  it('lists as untriggered only rules still without a positive example', () => {
    const covered = new Set(rows.filter((r) => r.expect).map((r) => r.rule));
    expect([...KNOWN_UNTRIGGERED.keys()].filter((id) => ids.has(id) && covered.has(id))).toEqual([]);
  });

  it.each(rows.map((r) => [r.rule, r.sentence, r] as const))('%s: %s', (_rule, _sentence, row) => {
    const own = relationsOf(language, row.sentence).filter((r) => r.rule === row.rule || acts.has(row.rule));
    if (!row.expect) {
      expect(own.map(show)).toEqual([]);
      return;
    }
    const { source, type, target, polarity } = row.expect;
    const hit = own.find((r) => r.source === source && r.type === type && r.target === target && (!polarity || r.polarity === polarity));
    expect(hit, `expected ${source} ${type} ${target}${polarity ? ` ${polarity}` : ''} from ${row.rule}; the rule gave: ${own.map(show).join('; ') || 'nothing'}`).toBeDefined();
  });
});

describe('rules produced in code', () => {
  it.skipIf(instrumented).each(LANGUAGES)('are the rule literals in src/extract (%s)', (language) => {
    expect(rulesInCode(language)).toEqual([...codeRules(language)].sort());
  });
});

describe('untriggered rules', () => {
  it('name rules that exist, each with a reason', () => {
    const all = new Set(LANGUAGES.flatMap((l) => [...ruleIds(l)]));
    for (const [id, reason] of KNOWN_UNTRIGGERED) {
      expect(all.has(id), id).toBe(true);
      expect(reason.trim(), id).not.toBe('');
    }
  });
});
