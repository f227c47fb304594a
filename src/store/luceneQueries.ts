// Lucene query text for the `entity_names` full-text index: the one place that writes Lucene syntax, so
// no input reaches the index as syntax (AND, OR, quotes, brackets, wildcards) by another route.

/** A Lucene phrase that matches the reference's words and nothing of Lucene's syntax. */
export function phraseQuery(ref: string): string {
  return `"${ref.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

/** How many words of a search are used; the rest are ignored (each word expands into three clauses). */
export const MAX_SEARCH_TERMS = 8;

/** The words of a search: letters and digits only, lower-cased, so Lucene's syntax cannot get in. */
export function searchTerms(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_SEARCH_TERMS) ?? [];
}

/** Every term must match, each as typed (boosted), as a prefix, or within two edits: "Nordkroea" still
 * finds North Korea. Terms are expected from searchTerms. */
export function fuzzyTermsQuery(terms: readonly string[]): string {
  return terms.map((t) => `(${t}^3 OR ${t}* OR ${t}~2)`).join(' AND ');
}
