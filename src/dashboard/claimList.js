// @ts-check
// One list of claims: the evidence sentence, its article, date, polarity and claimant. Denied claims are
// struck through and feared/possible ones italic, each also labelled so the difference is not visual only.
import { h } from './dom.js';
import { POLARITY_LABELS, safeHref, typeLabel } from './format.js';

export function claimItem(claim) {
  const polarity = claim.polarity ?? 'ASSERTED';
  const href = claim.article?.url ? safeHref(claim.article.url) : null;
  const title = claim.article?.title ?? 'Untitled article';
  return h('li', { class: `claim polarity-${polarity.toLowerCase()}`, dataset: { polarity, claimId: claim.id } },
    h('div', { class: 'claim-meta' },
      h('span', { class: 'badge type' }, typeLabel(claim.type)),
      polarity !== 'ASSERTED' ? h('span', { class: `badge polarity ${polarity.toLowerCase()}` }, POLARITY_LABELS[polarity]) : null,
      h('time', { datetime: claim.date ?? '' }, claim.date ?? 'undated'),
      claim.claimant ? h('span', { class: 'claimant' }, `according to ${claim.claimant.name}`) : null,
    ),
    h('blockquote', { class: 'evidence' }, claim.evidence),
    h('div', { class: 'claim-source' },
      href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, title) : h('span', {}, title),
      claim.article?.source ? h('span', { class: 'muted' }, ` · ${claim.article.source}`) : null,
    ),
  );
}

export function claimList(claims) {
  if (!claims.length) return h('p', { class: 'muted' }, 'No claims match the current filters.');
  return h('ol', { class: 'claims' }, claims.map(claimItem));
}
