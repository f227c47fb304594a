// Reading articles from folders, JSON, JSONL and text: the fields a user gets and the errors they see.
import { describe, it, expect } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAll, scratchFolder } from './inputFiles.ts';
import { buildArticle, parsePlainText, parseMarkdown } from '../../src/parse/index.ts';
import { parseRecord } from '../../src/parse/parseRecord.ts';
import { parseDetails } from '../../src/parse/parseDetails.ts';
import { guessLanguage } from '../../src/parse/detectLanguage.ts';
import { decodeBytes } from '../../src/parse/decodeBytes.ts';
import { articleId } from '../../src/parse/articleId.ts';

const { dir: tmp, write } = scratchFolder('geokg-inputs-');
const seedDir = new URL('../../seed/', import.meta.url).pathname;
const de = 'Polen kritisiert Belarus scharf und die Regierung in Warschau sagt, dass sie nicht nachgeben werde.';
const en = 'Chile criticised Peru on Monday and the government said that it would not give in to the pressure.';

describe('folders', () => {
  it('reads the seed corpus: 41 articles, each German or English with a distinct id, README left out', async () => {
    const rs = await readAll([seedDir]);
    expect(rs).toHaveLength(41);
    expect(rs.every((r) => r.article && ['de', 'en'].includes(r.article.language))).toBe(true);
    expect(new Set(rs.map((r) => r.article!.id)).size).toBe(41);
    expect(rs.some((r) => /README/i.test(r.origin))).toBe(false);
    // Sorted by name, so the first is 000_….
    expect(rs[0].origin).toMatch(/000_d6f240a953c802b2\.txt$/);
  });

  it('skips hidden files, gold annotations, other extensions and subfolders', async () => {
    const dir = join(tmp, 'corpus');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'b.txt'), `Zweiter Titel\n\n${de}`);
    writeFileSync(join(dir, 'a.md'), `# First title\n\n${en}`);
    writeFileSync(join(dir, 'noext'), `Dritter Titel\n\n${de}`);
    writeFileSync(join(dir, '.hidden.txt'), `Titel\n\n${de}`);
    writeFileSync(join(dir, 'x.gold.json'), '{"relations": []}');
    writeFileSync(join(dir, 'readme.md'), `# About\n\n${en}`);
    writeFileSync(join(dir, 'image.png'), 'not an article');
    writeFileSync(join(dir, 'sub', 'c.txt'), `Titel\n\n${de}`);
    const rs = await readAll([dir]);
    expect(rs.map((r) => r.origin.slice(dir.length + 1))).toEqual(['a.md', 'b.txt', 'noext']);
    expect(rs.map((r) => r.article!.title)).toEqual(['First title', 'Zweiter Titel', 'Dritter Titel']);
  });
});

describe('JSON and JSONL', () => {
  it('reads a JSON array record by record, naming the bad one and going on', async () => {
    const p = write('batch.json', JSON.stringify([
      { id: 'k1', title: 'Eins', text: de, url: 'https://example.org/1', publishedAt: '2024-01-02', source: 'Agentur' },
      { title: 'Zwei', text: 42 },
      { id: 7, text: en, lang: 'EN' },
    ]));
    const rs = await readAll([p]);
    expect(rs.map((r) => r.origin.slice(tmp.length + 1))).toEqual(['batch.json:1', 'batch.json:2', 'batch.json:3']);
    expect(rs[0].article).toMatchObject({ id: 'k1', title: 'Eins', text: `Eins\n\n${de}`, url: 'https://example.org/1', publishedAt: '2024-01-02', source: 'Agentur', language: 'de' });
    expect(rs[1].error?.code).toBe('BAD_RECORD');
    expect(rs[1].error?.message).toContain('field "text": expected a string, but got number');
    expect(rs[2].article).toMatchObject({ id: '7', title: '', text: en, language: 'en' });
  });

  it('reads a single JSON object as one article', async () => {
    const rs = await readAll([write('one.json', JSON.stringify({ title: 'Solo', body: de }))]);
    expect(rs).toHaveLength(1);
    expect(rs[0].article).toMatchObject({ title: 'Solo', text: `Solo\n\n${de}`, language: 'de' });
    expect(rs[0].origin).toMatch(/one\.json$/);
  });

  it('reads .ndjson like JSONL, skips blank lines, counts records by line', async () => {
    const p = write('feed.ndjson', `${JSON.stringify({ id: 'a', text: en })}\n\n${JSON.stringify({ id: 'b', text: de })}\n[1]\n`);
    const rs = await readAll([p]);
    expect(rs.map((r) => r.article?.id ?? r.error?.code)).toEqual(['a', 'b', 'BAD_RECORD']);
    expect(rs.map((r) => r.origin.slice(tmp.length + 1))).toEqual(['feed.ndjson:1', 'feed.ndjson:3', 'feed.ndjson:4']);
    expect(rs[2].error?.message).toContain('expected a JSON object, but got an array');
  });

  it('reports an empty JSONL file once', async () => {
    const rs = await readAll([write('empty.jsonl', '\n  \n')]);
    expect(rs).toHaveLength(1);
    expect(rs[0].error?.code).toBe('EMPTY_INPUT');
  });

  it('refuses records without text, with a wrong field type or of the wrong kind', () => {
    const origin = { file: 'f.jsonl', record: 2 };
    const code = (v: unknown) => { try { parseRecord(v, origin); return 'ok'; } catch (e) { return (e as { code: string; message: string }).message; } };
    expect(code({ title: ' ', text: '' })).toContain('field "text": expected the article text, but it is missing or empty');
    expect(code({ text: 'x', url: 5 })).toContain('field "url": expected a string, but got number');
    expect(code(null)).toContain('expected a JSON object, but got object');
    expect(code('text')).toContain('expected a JSON object, but got string');
    expect(code({ title: 'Nur ein Titel' })).toBe('ok');
    expect(code({ text: 'x', url: null })).toBe('ok');
  });
});

describe('text, Markdown and details', () => {
  it('reads a Markdown file by its heading and drops the markup', async () => {
    const rs = await readAll([write('note.markdown', `Intro line\n\n# Chile and Peru\n\n## Background\n\n*${en}*\n\n\`\`\`\ncode block\n\`\`\`\n\nDetails\nDate\t2024-05-06\n`)]);
    const a = rs[0].article!;
    expect(a.title).toBe('Chile and Peru');
    expect(a.publishedAt).toBe('2024-05-06');
    expect(a.text).toContain(en);
    expect(a.text).not.toContain('code block');
    expect(a.text).not.toContain('2024-05-06');
    expect(a.text).not.toMatch(/[#*`]/);
    // Without a level-1 heading the first line is the title.
    expect(parseMarkdown(`## Only a subheading\n\n${en}`).title).toBe('Only a subheading');
  });

  it('takes title and body from plain text, normalises line ends and drops "Visit us at" footers', () => {
    const p = parsePlainText(`\r\n  **Titel** hier  \r\n\r\n\r\n\r\nErster Absatz.   \r\nVisit us at: example.org\r\nZweiter __Absatz__.`);
    expect(p.title).toBe('Titel hier');
    expect(p.body).toBe('\n\nErster Absatz.\nZweiter Absatz.');
  });

  it('reads English detail labels, a date with time, and skips empty or unknown labels', () => {
    const d = parseDetails(['Incident:\tProtest', 'Cause\tWater, , Grain', 'Place: ', 'Date\tpublished 2024-02-03T10:20:30Z (UTC)', 'Colour\tblue', 'Sources\t<ul><li>a.org</li><li>b.org</li></ul>']);
    expect(d).toEqual({ category: 'Protest', causes: ['Water', 'Grain'], publishedAt: '2024-02-03T10:20:30Z', sources: ['a.org', 'b.org'] });
    expect(parseDetails(['Datum\tim Frühjahr'])).toEqual({ publishedAt: 'im Frühjahr' });
  });

  it('joins title and body, keeps a given id and the declared language', () => {
    const a = buildArticle({ title: '  Titel ', body: ' Text. ', id: ' own ', language: 'DE-at' }, { file: 'f' });
    expect(a).toEqual({ id: 'own', title: 'Titel', text: 'Titel\n\nText.', language: 'de' });
    const b = buildArticle({ title: '', body: en, url: '', causes: [], sources: [] }, { file: 'f' });
    expect(b).toEqual({ id: articleId(en), title: '', text: en, language: 'en' });
    expect(() => buildArticle({ title: ' ', body: ' ' }, { file: 'f' })).toThrow(/no text/);
    expect(() => buildArticle({ title: 'T', body: en, language: 'fr' }, { file: 'f' })).toThrow(/text looks like fr/);
  });

  it('gives ids that depend on the words, not on spacing or Unicode composition', () => {
    expect(articleId('Köln  ist\nschön')).toBe(articleId('Ko\u0308ln ist schön '));
    expect(articleId('Köln ist schön')).not.toBe(articleId('Köln ist schon'));
    expect(articleId('x')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('strips a byte-order mark and refuses NUL bytes and invalid UTF-8', () => {
    expect(decodeBytes(Buffer.from('\uFEFFHallo', 'utf8'), 'f')).toBe('Hallo');
    expect(() => decodeBytes(Buffer.from('abc\u0000def'), 'f')).toThrow(/binary data/);
    expect(() => decodeBytes(Buffer.from([0xc3, 0x28]), 'f')).toThrow(/UTF-8/);
    expect(() => decodeBytes(Buffer.from('abcdef'), 'f', undefined, 5)).toThrow('expected at most 5 bytes, but got 6');
    expect(decodeBytes(Buffer.from('abcde'), 'f', undefined, 5)).toBe('abcde');
  });
});

describe('language guess', () => {
  it('tells German from English and names other languages', () => {
    expect(guessLanguage(de)).toBe('de');
    expect(guessLanguage(en)).toBe('en');
    expect(guessLanguage('Le gouvernement a dit que les discussions avec les partenaires sont terminées pour la semaine.')).toBe('fr');
    expect(guessLanguage('12345 !!!')).toBeNull();
  });

  it('reads each common function word on its own as its language', () => {
    const words: Record<string, string> = {
      de: 'der die das und ist nicht mit den von zu sich auf für dem des ein eine hat wird auch dass im nach wie sind haben über bei einer zur',
      en: 'the and of to in is that for on with was as by at has have it from he said its be are an this were will would their his',
      fr: 'le la les et est une pour que qui dans du sur pas avec au aux sont par ont',
      es: 'el los las del y por para una con es se su al lo como más pero sus fue',
      it: 'il di che e della per non sono gli nel alla anche delle è dei degli ha questo',
      nl: 'de het een en van niet op dat zijn voor met ook aan er maar om wordt bij nog werd',
    };
    for (const [lang, list] of Object.entries(words)) {
      const wrong = list.split(' ').filter((w) => guessLanguage(w) !== lang);
      expect(wrong, lang).toEqual([]);
    }
  });

  it('does not let a few shared words make a short English or German text foreign', () => {
    // "in" and "met" are also Dutch words; English still clearly wins.
    expect(guessLanguage('Scholz met Macron in Paris.')).toBe('en');
    expect(guessLanguage('Die Minister sind in Den Haag.')).toBe('de');
  });
});
