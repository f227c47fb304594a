// Speaker attribution (src/extract/3-attribute/findSpeakers.ts): who makes a claim, and which tokens
// of the sentence are what they are reported to say. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractText, find } from './helpers.ts';
import { analyse, type Analysed } from './stageHelpers.ts';

/** "Name [from,to)" with the range as text, "phrase" when named in a source phrase. */
function speakers(a: Analysed, s = a.sentence()): string[] {
  return a.speakers(s).map((sp) => {
    const text = a.doc.tokens.slice(sp.from, sp.to).map((t) => t.text).join(' ');
    return `${a.name(sp.key)}: ${text}${sp.byPhrase ? ' (phrase)' : ''}`;
  });
}

describe('speakers named in a source phrase', () => {
  it('"according to X" makes X the speaker of the whole sentence', () => {
    const a = analyse('According to Poland, Russia attacked Ukraine.', 'en');
    expect(speakers(a)).toEqual(['Poland: According to Poland , Russia attacked Ukraine . (phrase)']);
    const sp = a.speakers()[0];
    expect(sp.mention?.surface).toBe('Poland');
  });

  it('"laut X" and "nach Angaben X" look up to two words past the preposition or phrase', () => {
    const a = analyse('Laut den Angaben Kiews griff Russland an.', 'de');
    expect(speakers(a)).toEqual(['Ukraine: Laut den Angaben Kiews griff Russland an . (phrase)']);
    const far = analyse('Laut den neuen Angaben Kiews griff Russland an.', 'de');
    expect(speakers(far)).toEqual([]);
    const b = analyse('Nach Angaben Kiews griff Russland an.', 'de');
    expect(speakers(b)).toEqual(['Ukraine: Nach Angaben Kiews griff Russland an . (phrase)']);
    const d = analyse('Nach dem Treffen in Kiew griff Russland an.', 'de');
    expect(speakers(d)).toEqual([]);
  });

  it('"X zufolge" takes the name ending at most two words before it', () => {
    const a = analyse('Russland zufolge griff die Ukraine an.', 'de');
    expect(speakers(a)).toEqual(['Russia: Russland zufolge griff die Ukraine an . (phrase)']);
    const b = analyse('Kiews Angaben zufolge griff Russland an.', 'de');
    expect(speakers(b).map((s) => s.split(':')[0])).toEqual(['Ukraine']);
    const far = analyse('Russland eigenen Angaben zufolge griff die Ukraine an.', 'de');
    expect(speakers(far)).toEqual([]);
  });

  it('"according to" reaches two words past the whole phrase', () => {
    const a = analyse('According to the new Polish government, Russia attacked Ukraine.', 'en');
    expect(speakers(a).map((x) => x.split(':')[0])).toEqual(['Poland']);
  });

  it('keeps the source out of the parties of the act', () => {
    const x = extractText('News\n\nAccording to Poland, Russia attacked Ukraine.');
    expect(find(x, 'Russia', 'ASSAULT', 'Ukraine')?.attributedTo).toBe('Poland');
    expect(x.relations.some((r) => r.source === 'Poland' || r.target === 'Poland')).toBe(false);
  });

  // BUG: when the outlet after "laut" is no known name, the next party within two words is taken as the
  // source instead, and so drops out of the act: "Russland hat laut Xinhua die Ukraine angegriffen" gives
  // no relation at all (expected: Russia ASSAULT Ukraine).
  it.fails('an unknown outlet after "laut" does not make the next party the source', () => {
    const x = extractText('Nachrichten\n\nRussland hat laut Xinhua die Ukraine angegriffen.');
    expect(find(x, 'Russia', 'ASSAULT', 'Ukraine')).toBeDefined();
  });
});

describe('speakers of a reporting verb', () => {
  it('the subject before the verb says what follows it', () => {
    const a = analyse('Poland said that Russia attacked Ukraine.', 'en');
    expect(speakers(a)).toEqual(['Poland: that Russia attacked Ukraine .']);
    const b = analyse('Polen erklärte, dass Russland die Ukraine angriff.', 'de');
    expect(speakers(b)).toEqual(['Poland: , dass Russland die Ukraine angriff .']);
    const x = extractText('News\n\nPoland said Russia attacked Ukraine.');
    expect(find(x, 'Russia', 'ASSAULT', 'Ukraine')?.attributedTo).toBe('Poland');
  });

  it('a verb closing the sentence attributes what precedes it', () => {
    const a = analyse('Russia attacked Ukraine, Poland said.', 'en');
    expect(speakers(a)).toEqual(['Poland: Russia attacked Ukraine , Poland']);
    // One word after the verb is no content either.
    const b = analyse('Poland said today.', 'en');
    expect(speakers(b)).toEqual(['Poland: Poland']);
    const c = analyse('Poland said Hungary lied.', 'en');
    expect(speakers(c)).toEqual(['Poland: Hungary lied .']);
  });

  it('a speaker right after the verb ("said Poland", "sagte Selenskyj") said what came before', () => {
    const a = analyse('Russia attacked Ukraine, said Poland.', 'en');
    expect(speakers(a)).toEqual(['Poland: Russia attacked Ukraine ,']);
    const b = analyse('Russland griff die Ukraine an, sagte Selenskyj.', 'de');
    expect(speakers(b)).toEqual(['Volodymyr Zelensky: Russland griff die Ukraine an ,']);
    const x = extractText('Nachrichten\n\nRussland griff die Ukraine an, sagte Selenskyj.');
    expect(find(x, 'Russia', 'ASSAULT', 'Ukraine')?.attributedTo).toBe('Volodymyr Zelensky');
  });

  it('takes a name three words after the verb only when nothing comes before', () => {
    const a = analyse('Russia attacked, said the Ukrainian government today.', 'en');
    expect(speakers(a)).toEqual(['Ukraine: Russia attacked ,']);
    // Three words on, the name no longer marks an inverted speaker: what came before is not attributed.
    const b = analyse('Russia attacked, said the new Ukrainian government.', 'en');
    expect(speakers(b)).toEqual(['Ukraine: the new Ukrainian government .']);
  });

  it('a country named only in an office title is not the speaker; the office holder is', () => {
    const a = analyse('NATO Secretary General Mark Rutte said that Russia lied.', 'en');
    expect(speakers(a)).toEqual(['Mark Rutte: that Russia lied .']);
  });

  it('a place is no speaker, before or after the verb', () => {
    const a = analyse('In Kyiv Poland said that Russia attacked Ukraine.', 'en');
    expect(speakers(a)).toEqual(['Poland: that Russia attacked Ukraine .']);
    const b = analyse('Russia attacked Ukraine, said officials in Kyiv.', 'en');
    expect(speakers(b)).toEqual([]);
  });

  it('prefers a name to a nationality as the speaker, the first of a list', () => {
    const a = analyse('Russian officials and Poland said that Ukraine was attacked.', 'en');
    expect(speakers(a)).toEqual(['Poland: that Ukraine was attacked .']);
    const b = analyse('Russian and Polish officials said Ukraine was attacked.', 'en');
    expect(speakers(b)).toEqual(['Russia: Ukraine was attacked .']);
    const c = analyse('Poland and Hungary said that Russia lied.', 'en');
    expect(speakers(c)).toEqual(['Poland: that Russia lied .']);
  });

  it('"he said", "said he", "sagte er" stand for the last person named', () => {
    const a = analyse('Macron met Scholz. Russia attacked Ukraine, he said.', 'en');
    expect(speakers(a, a.sentence(1))).toEqual(['Olaf Scholz: Russia attacked Ukraine , he']);
    const b = analyse('Macron met Scholz. Russia attacked Ukraine, said he.', 'en');
    expect(speakers(b, b.sentence(1))).toEqual(['Olaf Scholz: Russia attacked Ukraine ,']);
    const c = analyse('Scholz traf Macron. Russland greife an, sagte er.', 'de');
    expect(speakers(c, c.sentence(1))).toEqual(['Emmanuel Macron: Russland greife an ,']);
    // No person named before: no speaker; a state is no "he".
    const d = analyse('Poland met Hungary. Russia attacked Ukraine, he said.', 'en');
    expect(speakers(d, d.sentence(1))).toEqual([]);
    const e = analyse('Russia attacked Ukraine, he said. Macron left.', 'en');
    expect(speakers(e)).toEqual([]);
  });

  it('", so X" introduces the German speaker; "so" elsewhere does not', () => {
    const a = analyse('Die Hamas müsse den Vorschlag akzeptieren, so Witkoff.', 'de');
    expect(speakers(a)).toEqual(['Steve Witkoff: Die Hamas müsse den Vorschlag akzeptieren ,']);
    const b = analyse('Witkoff handelte so klug wie Hamas.', 'de');
    expect(speakers(b)).toEqual([]);
  });

  it('gives one speaker per reporting verb', () => {
    const a = analyse('Poland said that Hungary said Russia lied.', 'en');
    expect(speakers(a)).toEqual(['Poland: that Hungary said Russia lied .', 'Hungary: Russia lied .']);
  });

  // BUG: a German pronoun before the verb is not read ("Er sagte, ..."), and the first party of the content
  // becomes the speaker of that content: "Er sagte, Russland habe die Ukraine angegriffen" is attributed to Russia.
  it.fails('"Er sagte, X ..." does not make X the speaker', () => {
    const a = analyse('Scholz traf Macron. Er sagte, Russland habe die Ukraine angegriffen.', 'de');
    expect(speakers(a, a.sentence(1)).map((s) => s.split(':')[0])).not.toContain('Russia');
  });

  // BUG: a relative clause between the subject and the reporting verb hides the subject; the first party of
  // the content is taken as the speaker ("Poland, which Hungary criticised, said Russia attacked Ukraine" → Russia).
  it.fails('a relative clause between subject and verb keeps the subject as the speaker', () => {
    const a = analyse('Poland, which Hungary criticised, said Russia attacked Ukraine.', 'en');
    expect(speakers(a).map((s) => s.split(':')[0])).toEqual(['Poland']);
  });

  // BUG: the one told becomes the speaker: "Russia lied, Poland told Hungary." is attributed to Hungary.
  it.fails('"X told Y" makes X the speaker, not Y', () => {
    const a = analyse('Russia lied, Poland told Hungary.', 'en');
    expect(speakers(a).map((x) => x.split(':')[0])).toEqual(['Poland']);
  });

  // "States" in "the United States" is a word of the name, not the reporting verb "states".
  it('"the United States" is no reporting verb', () => {
    const a = analyse('Canada and Mexico were threatened by the United States.', 'en');
    expect(speakers(a)).toEqual([]);
  });
});
