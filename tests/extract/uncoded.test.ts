// Sentences where two actors and an event cue meet but no rule fires are listed as uncoded, never given
// a default type. All sentences are our own.
import { describe, it, expect } from 'vitest';
import type { Extraction } from '../../src/model.ts';
import { buildArticle } from '../../src/parse/index.ts';
import { extractArticle } from '../../src/ingest/pipeline.ts';
import { formatExtraction } from '../../src/cli/formatExtraction.ts';

const extract = (language: 'de' | 'en', body: string): Extraction => extractArticle(buildArticle({ title: '', body, language }, { file: 'test' }));

describe('uncoded sentences', () => {
  it('lists a sentence with two actors and a cue no rule completes, with its actors and cue word', () => {
    // "held" is a cue only with talks or a meeting; elections are neither.
    const x = extract('en', 'Kenya and Uganda held elections on the same Sunday.');
    expect(x.relations).toEqual([]);
    expect(x.uncoded).toEqual([{ sentence: 'Kenya and Uganda held elections on the same Sunday.', actors: ['Kenya', 'Uganda'], cue: 'held' }]);
    // "stehen" supports only "an der Seite von Y".
    const y = extract('de', 'Brasilien und Argentinien stehen vor einer langen Dürre.');
    expect(y.relations).toEqual([]);
    expect(y.uncoded).toEqual([{ sentence: 'Brasilien und Argentinien stehen vor einer langen Dürre.', actors: ['Brazil', 'Argentina'], cue: 'stehen' }]);
  });

  it('does not list a coded sentence', () => {
    const x = extract('de', 'Russland griff die Ukraine an. Kenya und Uganda stehen vor einer Wahl.');
    expect(x.relations.map((r) => `${r.source} ${r.type} ${r.target}`)).toEqual(['Russia ASSAULT Ukraine']);
    expect(x.uncoded.map((u) => u.sentence)).toEqual(['Kenya und Uganda stehen vor einer Wahl.']);
  });

  it('does not list a sentence with one actor, or with the same actor named twice', () => {
    expect(extract('en', 'Kenya held elections on Sunday.').uncoded).toEqual([]);
    expect(extract('en', 'Kenya held elections on Sunday, and Kenya counted the votes.').uncoded).toEqual([]);
  });

  it('does not list a sentence without a cue word', () => {
    expect(extract('en', 'Kenya and Uganda are neighbours on Lake Victoria.').uncoded).toEqual([]);
  });

  it('adds an Uncoded section to the text output only when there is one', () => {
    const text = formatExtraction(extract('en', 'Kenya and Uganda held elections on the same Sunday.'));
    expect(text).toMatch(/\nUncoded \(two actors and a cue, no rule\):\n {2}Kenya, Uganda — cue “held”\n {6}“Kenya and Uganda held elections on the same Sunday\.”\n$/);
    expect(formatExtraction(extract('en', 'Russia attacked Ukraine.'))).not.toContain('Uncoded');
  });
});
