// The filter form: reads the state into the controls and writes user changes back to the store.
import { byId, h, replace } from './dom.js';
import { typeLabel } from './format.js';

/** Ordered from most cooperative to most conflictual, as the PLOVER weights run. */
export const RELATION_TYPES = ['AGREE', 'COOPERATE', 'SUPPORT', 'CONSULT', 'REQUEST', 'ACCUSE', 'REJECT', 'PROTEST', 'THREATEN', 'MOBILIZE', 'SANCTION', 'ASSAULT'];

export function createFilters(store) {
  const form = byId('filters');
  const since = byId('f-since');
  const until = byId('f-until');
  const min = byId('f-min');
  const asserted = byId('f-asserted');
  const blocs = byId('f-blocs');
  const typeBox = byId('f-types');

  replace(typeBox, RELATION_TYPES.map((type) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'type', value: type }), ' ', typeLabel(type))));
  const typeInputs = [...typeBox.querySelectorAll('input')];

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
      blocs: blocs.value,
    };
  }

  function write(state) {
    since.value = state.since.length === 10 ? state.since : '';
    until.value = state.until.length === 10 ? state.until : '';
    min.value = String(state.minEvidence);
    asserted.checked = state.assertedOnly;
    blocs.value = state.blocs;
    for (const input of typeInputs) input.checked = !state.types.length || state.types.includes(input.value);
  }

  form.addEventListener('change', () => store.set(read()));
  form.addEventListener('submit', (event) => event.preventDefault());
  byId('f-all-types').addEventListener('click', () => store.set({ types: [] }));
  byId('f-reset').addEventListener('click', () =>
    store.set({ since: '', until: '', types: [], minEvidence: 1, assertedOnly: false }));

  write(store.get());
  store.subscribe((state) => write(state));
}
