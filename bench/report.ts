// Tables for the terminal and for bench/README.md: each bench replaces its own marked section there,
// so the README always shows the last measured figures.
import { readFileSync, writeFileSync } from 'node:fs';

const README = new URL('./README.md', import.meta.url);

export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Replaces the text between `<!-- name:begin -->` and `<!-- name:end -->` in bench/README.md. */
export function writeReadmeSection(name: string, markdown: string): void {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(README, 'utf8');
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`bench/README.md has no ${begin} … ${end} section to write the ${name} results into`);
  writeFileSync(README, `${text.slice(0, from + begin.length)}\n${markdown.trim()}\n${text.slice(to)}`);
}

export function fixed(n: number, digits = 1): string {
  return n.toFixed(digits);
}
