// Synthetic ~3 KB news articles, German and English, built from templates with real actor names from
// data/gazetteer and relation verbs the extractor knows, so every article yields entities and claims.
// Deterministic: the same count gives the same articles in every run.
import { readFileSync } from 'node:fs';
import { buildArticle } from '../src/parse/index.ts';
import type { Article, Language } from '../src/model.ts';
import { random } from './random.ts';

interface Actor { de: string; en: string }

interface GazetteerRecord { name: string; names: { en?: string[]; de?: string[] } | string[] }

function gazetteer(file: string): GazetteerRecord[] {
  return JSON.parse(readFileSync(new URL(`../data/gazetteer/${file}`, import.meta.url), 'utf8')) as GazetteerRecord[];
}

/** Nominative names only (the first listed form), so German sentences stay grammatical enough. */
function actors(): Actor[] {
  const states = [...gazetteer('countries.json'), ...gazetteer('organizations.json')].map((r) => {
    const names = r.names as { en?: string[]; de?: string[] };
    return { en: names.en?.[0] ?? r.name, de: names.de?.[0] ?? r.name };
  });
  const people = gazetteer('people.json').map((r) => ({ en: r.name, de: r.name }));
  return [...states, ...people];
}

// {A} acts, {B} is acted upon; {D} a day of the month. One template per relation type the extractor knows.
const TEMPLATES: Record<Language, string[]> = {
  en: [
    '{A} accused {B} of violating the ceasefire agreement on {D} June.',
    '{A} condemned {B} for the latest missile tests near the border.',
    '{A} supported {B} with a new package of military equipment.',
    '{A} and {B} signed an agreement on energy cooperation on {D} June.',
    '{A} met {B} in Geneva to discuss the humanitarian situation.',
    '{A} threatened {B} with serious consequences if the attacks continued.',
    '{A} imposed sanctions on {B} after the disputed election.',
    '{A} rejected the proposal made by {B} during the talks.',
    '{A} urged {B} to release the detained journalists immediately.',
    '{A} attacked {B} with drones overnight, officials said.',
    '{A} deployed troops near the border with {B} last week.',
    'According to {C}, {A} criticized {B} for blocking the resolution.',
  ],
  de: [
    '{A} wirft {B} vor, das Waffenstillstandsabkommen am {D}. Juni gebrochen zu haben.',
    '{A} kritisiert {B} wegen der jüngsten Raketentests an der Grenze.',
    '{A} unterstützt {B} mit einem neuen Paket militärischer Ausrüstung.',
    '{A} und {B} unterzeichneten am {D}. Juni ein Abkommen über Energiezusammenarbeit.',
    '{A} traf {B} in Genf, um über die humanitäre Lage zu beraten.',
    '{A} droht {B} mit ernsten Konsequenzen, falls die Angriffe weitergehen.',
    '{A} verhängte Sanktionen gegen {B} nach der umstrittenen Wahl.',
    '{A} verurteilte {B} für die Angriffe auf zivile Ziele.',
    '{A} forderte {B} auf, die festgenommenen Journalisten sofort freizulassen.',
    '{A} griff {B} in der Nacht mit Drohnen an, wie Beamte mitteilten.',
    '{A} liefert Waffen an {B}, teilte die Regierung mit.',
    'Nach Angaben von {C} kritisierte {A} {B} für die Blockade der Resolution.',
  ],
};

const FILLER: Record<Language, string[]> = {
  en: ['Markets reacted calmly to the news.', 'The statement was published late in the evening.', 'Further talks are expected next month.'],
  de: ['Die Märkte reagierten gelassen auf die Nachricht.', 'Die Erklärung wurde am späten Abend veröffentlicht.', 'Weitere Gespräche werden im nächsten Monat erwartet.'],
};

const TARGET_BYTES = 3000;

/** `count` articles, alternating German and English, each ~3 KB with a handful of recurring actors. */
export function syntheticArticles(count: number, seed = 7): Article[] {
  const pool = actors();
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  // A skewed choice: a few actors are in most articles, as in real news.
  const actor = (): Actor => pool[Math.floor(pool.length * next() ** 3)];
  return Array.from({ length: count }, (_, k) => {
    const language: Language = k % 2 === 0 ? 'en' : 'de';
    const cast = Array.from({ length: 6 }, actor);
    let body = '';
    while (Buffer.byteLength(body) < TARGET_BYTES) {
      const [a, b, c] = [pick(cast), pick(cast), pick(cast)];
      if (a === b) continue;
      body += pick(TEMPLATES[language]).replace('{A}', a[language]).replace('{B}', b[language]).replace('{C}', c[language])
        .replace('{D}', String(1 + Math.floor(next() * 28))) + ' ';
      if (next() < 0.2) body += `${pick(FILLER[language])} `;
    }
    const day = String(1 + (k % 28)).padStart(2, '0');
    return buildArticle({
      title: `${language === 'en' ? 'Synthetic report' : 'Synthetischer Bericht'} ${k}`, body: body.trim(), language,
      publishedAt: `2024-06-${day}`, url: `https://bench.example/article/${k}`, source: 'bench',
    }, { file: `bench-${k}` });
  });
}
