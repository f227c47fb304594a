// Offices named after a person ("Yván Gil, Venezuela's foreign minister,") and memberships named by
// phrase ("NATO allies Estonia and Latvia", "Guyana, a member of the Commonwealth").
import { describe, expect, it } from 'vitest';
import { extractText, find } from './helpers.ts';

const article = (body: string) => extractText(`A report\n\n${body}\n`);
const people = (body: string) => article(body).entities.filter((e) => e.type === 'Person').map((e) => e.name);
const members = (body: string) => article(body).relations.filter((r) => r.type === 'MEMBER_OF').map((r) => `${r.source} MEMBER_OF ${r.target}`).sort();

describe('an office in an apposition after the name', () => {
  it('names the person and the state of the office (English)', () => {
    const x = article("Yván Gil, Venezuela's foreign minister, criticised the visit.");
    expect(find(x, 'Yván Gil', 'REPRESENTS', 'Venezuela')).toBeDefined();
  });

  it('takes modifiers and a time adverb between the comma and the title (German)', () => {
    const x = article('Jens Stoltenberg, heute norwegischer Finanzminister, forderte eine klare Antwort.');
    expect(find(x, 'Jens Stoltenberg', 'REPRESENTS', 'Norway')).toBeDefined();
  });

  it('is no apposition when the title runs on into the sentence', () => {
    expect(people("Maria Lopez, Venezuela's foreign minister Yván Gil said, was absent.")).not.toContain('Maria Lopez');
  });

  it('never takes a one-word sentence opener for a name', () => {
    expect(people("Meanwhile, Venezuela's foreign minister, who was in the capital, spoke to the press about the talks.")).toEqual([]);
  });

  it('needs the comma that opens the apposition', () => {
    expect(people("The talks with Venezuela's foreign minister, ended.")).toEqual([]);
  });
});

describe('an office named through someone else', () => {
  const represents = (body: string) => article(body).relations.filter((r) => r.type === 'REPRESENTS').map((r) => `${r.source} REPRESENTS ${r.target}`).sort();

  it('an owner pronoun before a title is the office of the person just named, or the body', () => {
    expect(represents('Moon Jae-in criticised the Japanese government. Hours later his finance minister, Hong Nam-ki, announced measures.'))
      .toContain('Hong Nam-ki REPRESENTS South Korea');
    expect(represents('Egypt hosted the talks, and Hamas said its spokesman Hazem Qassem would attend.')).toContain('Hazem Qassem REPRESENTS Hamas');
  });

  it('a known office wins over the pronoun', () => {
    expect(represents('Japan protested. Its prime minister Fumio Kishida spoke.')).toEqual(['Fumio Kishida REPRESENTS Japan']);
  });

  it('a title shared by two states and two people gives each person the state in the same place', () => {
    expect(represents('Die Regierungschefs Ungarns und Sloweniens, Viktor Orbán und Janez Janša, unterstützen Dodik.'))
      .toEqual(['Janez Janša REPRESENTS Slovenia', 'Viktor Orbán REPRESENTS Hungary']);
    expect(represents('The prime ministers of Hungary and Slovakia, Viktor Orban and Robert Fico, met in Budapest.'))
      .toEqual(['Robert Fico REPRESENTS Slovakia', 'Viktor Orbán REPRESENTS Hungary']);
  });
});

describe('a dotted abbreviation before a title', () => {
  it('is the state of the office', () => {
    const x = article('U.S. Ambassador John Sullivan met officials in Moscow.');
    expect(find(x, 'John Sullivan', 'REPRESENTS', 'United States')).toBeDefined();
  });
});

describe('memberships named by phrase', () => {
  it('give every state listed after the membership noun', () => {
    expect(members('NATO allies Estonia and Latvia asked for more air defence.')).toEqual(['Estonia MEMBER_OF NATO', 'Latvia MEMBER_OF NATO']);
    expect(members('Die NATO-Mitglieder Polen, Litauen und die Slowakei fordern mehr Truppen.'))
      .toEqual(['Lithuania MEMBER_OF NATO', 'Poland MEMBER_OF NATO', 'Slovakia MEMBER_OF NATO']);
  });

  it('read "such as" before the first member only', () => {
    expect(members('EU states such as Hungary blocked the decision.')).toEqual(['Hungary MEMBER_OF European Union']);
    expect(members('EU states blocked such a plan as Hungary wanted.')).toEqual([]);
  });

  it('count a partner of an alliance only where the gazetteer lists it as a member', () => {
    expect(members('Die Nato-Partner Dänemark und Georgien üben gemeinsam.')).toEqual(['Denmark MEMBER_OF NATO']);
  });

  it('name nobody when no state follows the noun', () => {
    expect(members('NATO members met in Brussels on Tuesday.')).toEqual([]);
  });

  it('read an apposition after the state', () => {
    expect(members('The dispute involves Guyana, a member of the Commonwealth, and its neighbour.')).toEqual(['Guyana MEMBER_OF Commonwealth of Nations']);
    expect(members('Die Insel gehört zu Dänemark, einem Mitglied der EU, und bleibt autonom.')).toEqual(['Denmark MEMBER_OF European Union']);
  });

  it('read no apposition that names something else than membership', () => {
    expect(members('The dispute involves Guyana, a neighbour of the Commonwealth states.')).toEqual([]);
  });
});
