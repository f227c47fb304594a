// @ts-check
// Small formatting helpers shared by panels and the table.

export const typeLabel = (type) => type.charAt(0) + type.slice(1).toLowerCase().replaceAll('_', ' ');

export const signed = (n) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(1)}`;

export function dateRange(first, last) {
  if (!first && !last) return 'undated';
  if (first === last || !last) return first;
  return `${first} – ${last}`;
}

/** Only http(s) links from article metadata become clickable; anything else stays plain text. */
export function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export const POLARITY_LABELS = {
  ASSERTED: 'stated',
  NEGATED: 'denied',
  HYPOTHETICAL: 'feared / possible',
};
