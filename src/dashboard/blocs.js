// @ts-check
// Chooses which blocs to draw as hulls: formal memberships (organisation plus member states) or inferred
// communities. Blocs spanning most of the map (the UN) would only tint everything, so they start hidden.

const MAX_DRAWN = 12;

/** @typedef {import('./queries.js').AlliancesQuery['alliances']} Alliances */
/** @typedef {{ id: string, label: string, memberIds: string[], size: number }} Bloc */

/**
 * The blocs with at least two actors on the map, biggest first (then by label).
 * @param {Alliances | null} alliances
 * @param {'formal' | 'inferred' | 'none'} mode
 * @param {ReadonlySet<string>} present the actors on the map
 * @returns {Bloc[]}
 */
export function blocList(alliances, mode, present) {
  if (mode === 'none' || !alliances) return [];
  const source = mode === 'formal' ? alliances.memberships : alliances.blocs;
  return source
    .map((/** @type {Alliances['blocs'][number] & { organization?: { id: string } | null }} */ b) => {
      const ids = b.members.map((m) => m.id);
      if (mode === 'formal' && b.organization) ids.push(b.organization.id);
      const memberIds = [...new Set(ids)].filter((id) => present.has(id));
      return { id: b.id, label: b.label, memberIds, size: memberIds.length };
    })
    .filter((b) => b.size >= 2)
    .sort((a, b) => b.size - a.size || a.label.localeCompare(b.label));
}

/**
 * Splits blocs into drawn and left out, honouring the analyst's own ticks first.
 * @template {Bloc} B
 * @param {B[]} blocs
 * @param {number} nodeCount actors on the map
 * @param {ReadonlyMap<string, boolean>} choices bloc id → ticked
 * @returns {{ shown: Array<B & { visible: boolean }>, hiddenCount: number }}
 */
export function visibleBlocs(blocs, nodeCount, choices) {
  const shown = blocs.slice(0, MAX_DRAWN).map((b) => ({
    ...b,
    visible: choices.get(b.id) ?? b.size <= Math.max(3, nodeCount * 0.5),
  }));
  return { shown, hiddenCount: Math.max(0, blocs.length - MAX_DRAWN) };
}

/** Invisible layout links that pull each drawn bloc together: members to the organisation, or to the
 * bloc's best-evidenced actor when the organisation itself is not on the map.
 * @param {Array<{ id: string, memberIds: string[], visible: boolean }>} shown
 * @param {(id: string) => number} evidenceOf
 * @param {(blocId: string) => string | null | undefined} organizationOf
 * @returns {Array<[string, string]>}
 */
export function blocLinks(shown, evidenceOf, organizationOf) {
  /** @type {Array<[string, string]>} */
  const links = [];
  for (const bloc of shown) {
    if (!bloc.visible || bloc.memberIds.length < 2) continue;
    const org = organizationOf(bloc.id);
    const hub = org && bloc.memberIds.includes(org) ? org : [...bloc.memberIds].sort((a, b) => evidenceOf(b) - evidenceOf(a))[0];
    for (const id of bloc.memberIds) if (id !== hub) links.push([hub, id]);
  }
  return links;
}
