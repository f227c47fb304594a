// @ts-check
// The filter form: reads the state into the controls and writes user changes back to the store.
import { byId, h, replace } from './dom.js';
import { typeLabel } from './format.js';
import { updateView } from './state.js';

/** Ordered from most cooperative to most conflictual, as the PLOVER weights run. */
export const RELATION_TYPES = ['AGREE', 'COOPERATE', 'SUPPORT', 'CONSULT', 'REQUEST', 'ACCUSE', 'REJECT', 'PROTEST', 'THREATEN', 'MOBILIZE', 'SANCTION', 'ASSAULT'];

/** @param {import('./state.js').DashboardStore} store */
export function createFilters(store) {
  const form = byId('filters');
  const since = byId('f-since', HTMLInputElement);
  const until = byId('f-until', HTMLInputElement);
  const min = byId('f-min', HTMLInputElement);
  const asserted = byId('f-asserted', HTMLInputElement);
  const blocs = byId('f-blocs', HTMLSelectElement);
  const typeBox = byId('f-types');

  replace(typeBox, RELATION_TYPES.map((type) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'type', value: type }), ' ', typeLabel(type))));
  const typeInputs = [...typeBox.querySelectorAll('input')];

  /** @returns {Partial<import('./state.js').ViewState>} */
  function read() {
    const checked = typeInputs.filter((i) => i.checked).map((i) => i.value);
    const minValue = Number.parseInt(min.value, 10);
    return {
      since: since.value,
      until: until.value,
      // All types ticked means no type filter, which keeps URLs short and includes types added later.
      types: checked.length === RELATION_TYPES.length ? [] : checked,
      minEvidence: Number.isFinite(minValue) && minValue >= 1 ? minValue : 1,
      assertedOnly: asserted.checked,
      blocs: /** @type {import('./state.js').ViewState['blocs']} */ (blocs.value),
    };
  }

  /** @param {import('./state.js').ViewState} state */
  function write(state) {
    since.value = state.since.length === 10 ? state.since : '';
    until.value = state.until.length === 10 ? state.until : '';
    min.value = String(state.minEvidence);
    asserted.checked = state.assertedOnly;
    blocs.value = state.blocs;
    for (const input of typeInputs) input.checked = !state.types.length || state.types.includes(input.value);
  }

  form.addEventListener('change', () => updateView(store, read()));
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('f-all-types').addEventListener('click', () => updateView(store, { types: [] }));
  byId('f-reset').addEventListener('click', () =>
    updateView(store, { since: '', until: '', types: [], minEvidence: 1, assertedOnly: false }));

  write(store.get().view);
  store.subscribe(({ view }, previous) => {
    if (view !== previous.view) write(view);
  });
}
