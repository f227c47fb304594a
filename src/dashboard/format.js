// @ts-check
// Small formatting helpers shared by panels and the table.

/** `MEMBER_OF` → `Member of`. @type {(type: string) => string} */
export const typeLabel = (type) => type.charAt(0) + type.slice(1).toLowerCase().replaceAll('_', ' ');

/** A score with its sign and one decimal; a minus sign (U+2212) for negatives, ± for zero. @type {(n: number) => string} */
export const signed = (n) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`;

/**
 * @param {string | null | undefined} first
 * @param {string | null | undefined} last
 * @returns {string}
 */
export function dateRange(first, last) {
  if (!first && !last) return 'undated';
  if (first === last || !last) return /** @type {string} */ (first);
  return `${first} – ${last}`;
}

/**
 * Only http(s) links from article metadata become clickable; anything else stays plain text.
 * @param {string} url
 * @returns {string | null}
 */
export function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** @type {Record<import('./queries.js').Polarity, string>} */
export const POLARITY_LABELS = {
  ASSERTED: 'stated',
  NEGATED: 'denied',
  HYPOTHETICAL: 'feared / possible',
};
