import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { readAll, scratchFolder } from './inputFiles.ts';
import { parseMarkdown, buildArticle } from '../../src/parse/index.ts';
import { InputError } from '../../src/errors.ts';
import { fixture, seedPath } from '../extract/helpers.ts';

const { dir: tmp, write } = scratchFolder('geokg-parse-');

describe('seed format', () => {
  it('reads title, details block and drops the footer', async () => {
    const [r] = await readAll([fixture('de_details.txt')]);
    const a = r.article!;
    expect(a.title).toBe('Frankreich wirft Belarus Unterstützung für Russlands Krieg vor');
    expect(a.text.startsWith(a.title + '\n\n')).toBe(true);
    expect(a.language).toBe('de');
    expect(a.category).toBe('Diplomatie');
    expect(a.causes).toEqual(['Munitionslieferungen', 'Grenzschutz']);
    expect(a.place).toBe('Paris, Frankreich');
    expect(a.sources).toEqual(['www.example.fr', 'www.example.de']);
    expect(a.publishedAt).toBe('2024-05-02');
    expect(a.text).not.toContain('Besuchen Sie uns');
    expect(a.text).not.toContain('Vorfall');
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('parses the shipped seed article and strips bold markup', async () => {
    const [r] = await readAll([seedPath]);
    expect(r.article!.title).toBe('NATO warnt: Russlands Unterstützung für Nordkorea gefährdet die Welt!');
    expect(r.article!.sources).toEqual(['www.heute.at', 'www.berliner-zeitung.de']);
    expect(r.article!.text).toContain('Laut Berliner Zeitung');
  });

  it('gives the same text the same id', () => {
    const a = buildArticle({ title: 'T', body: 'Der Iran droht Israel.' }, { file: 'a' });
    const b = buildArticle({ title: 'T', body: 'Der  Iran droht Israel. ' }, { file: 'b' });
    expect(a.id).toBe(b.id);
  });
});

describe('markdown and records', () => {
  it('takes the first heading as title and strips markup', () => {
    const p = parseMarkdown('# Canada condemns Iran\n\n**Ottawa** - Canada *strongly* condemned [Iran](http://x).');
    expect(p.title).toBe('Canada condemns Iran');
    expect(p.body).toBe('Ottawa - Canada strongly condemned Iran.');
  });

  it('reads JSONL, keeps ids, and names the bad records', async () => {
    const rs = await readAll([fixture('records.jsonl')]);
    expect(rs.map((r) => r.article?.id ?? r.error?.code)).toEqual(['r1', 'r2', 'BAD_JSON', 'UNSUPPORTED_LANGUAGE']);
    expect(rs[2].origin).toMatch(/records\.jsonl:3$/);
    expect(rs[2].error!.message).toMatch(/records\.jsonl, record 3/);
    expect(rs[3].error!.message).toMatch(/unsupported language/);
    expect(rs[1].article!.text).toBe('Spanien kritisiert Marokko scharf. Die Regierung in Madrid sagte das.');
  });
});

describe('bad input', () => {
  it.each([
    ['empty.txt', '', 'EMPTY_INPUT'],
    ['blank.txt', '  \n\n ', 'EMPTY_INPUT'],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), 'BINARY_INPUT'],
    ['latin1.txt', Buffer.from([0x4b, 0xf6, 0x6c, 0x6e, 0x20, 0x69, 0x73, 0x74]), 'NOT_UTF8'],
    ['french.txt', 'Le président de la France a dit que les discussions avec les partenaires sont terminées.', 'UNSUPPORTED_LANGUAGE'],
    ['broken.json', '{"title": "x", ', 'BAD_JSON'],
  ])('%s is refused with a clear error', async (name, data, code) => {
    const [r] = await readAll([write(name, data)]);
    expect(r.error).toBeInstanceOf(InputError);
    expect(r.error!.code).toBe(code);
    expect(r.error!.message).toContain(name);
  });

  it('refuses a 10 MB file quickly without hanging', async () => {
    const p = write('huge.txt', Buffer.alloc(10 * 1024 * 1024, 'a'));
    const t0 = Date.now();
    const [r] = await readAll([p]);
    expect(r.error!.code).toBe('TOO_LARGE');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('names a missing path and goes on with the rest of the batch', async () => {
    const rs = await readAll([join(tmp, 'nope.txt'), fixture('de_details.txt')]);
    expect(rs[0].error!.code).toBe('NOT_FOUND');
    expect(rs[1].article).toBeDefined();
  });
});
