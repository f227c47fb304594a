// @ts-check
// Colours and shapes shared by the map, legend, table and charts. Cooperation/conflict use the
// Okabe–Ito blue/orange pair, which stays distinct for the common kinds of colour blindness.

export const COOPERATION = '#0b6bb0';
export const CONFLICT = '#d46a00';
export const NEUTRAL = '#7b8491';

/** How each actor type is drawn: shape first (so type never depends on colour alone), then fill. */
export const ENTITY_TYPES = {
  COUNTRY: { label: 'Country', shape: 'ellipse', color: '#51607a' },
  ORGANIZATION: { label: 'Organisation', shape: 'round-rectangle', color: '#7d4e9e' },
  PERSON: { label: 'Person', shape: 'diamond', color: '#23806a' },
  GROUP: { label: 'Armed / political group', shape: 'hexagon', color: '#9b2f50' },
  LOCATION: { label: 'Place', shape: 'round-triangle', color: '#8c8c8c' },
};

/** Bloc hulls: Paul Tol's muted scheme, drawn at low opacity behind the actors. */
export const BLOC_COLORS = ['#332288', '#44aa99', '#117733', '#999933', '#cc6677', '#882255', '#aa4499', '#88ccee', '#ddcc77'];

/** Timeline bars: four classes (verbal/material × cooperation/conflict) rather than twelve hues. */
export const CLASS_COLORS = {
  'verbal-cooperation': '#8ec3ea',
  'material-cooperation': COOPERATION,
  'verbal-conflict': '#f3b96b',
  'material-conflict': CONFLICT,
  other: '#b8bec7',
};

export function relationClass(weight, mode) {
  if (!weight || mode === 'structural') return 'other';
  return `${mode === 'material' ? 'material' : 'verbal'}-${weight > 0 ? 'cooperation' : 'conflict'}`;
}
