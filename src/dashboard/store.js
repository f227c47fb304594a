// @ts-check
// The page's one state store: a state object replaced (never mutated) on every update, and listeners told
// of each update with the state before it. What is shown derives from the state; nothing else is kept
// at module level.

/**
 * @template S
 * @typedef {(state: S, previous: S, meta: UpdateMeta) => void} Listener
 */

/**
 * What an update is for, passed on to every listener. `history`: how the address bar records a change
 * of the view ('push' makes it a back-button step; 'replace' by default; 'none' when it came from the
 * address bar itself).
 * @typedef {{ history?: 'push' | 'replace' | 'none' }} UpdateMeta
 */

/**
 * @template {object} S
 * @typedef {object} Store
 * @property {() => S} get
 * @property {(patch: Partial<S>, meta?: UpdateMeta) => void} update Merges `patch` into a new state object.
 * @property {(fn: Listener<S>) => () => void} subscribe Returns the function that unsubscribes.
 */

/**
 * @template {object} S
 * @param {S} initial
 * @returns {Store<S>}
 */
export function createStore(initial) {
  let state = Object.freeze(/** @type {S} */ (Object.assign({}, initial)));
  /** @type {Set<Listener<S>>} */
  const listeners = new Set();
  return {
    get: () => state,
    update(patch, meta = {}) {
      const previous = state;
      const next = Object.freeze(/** @type {S} */ (Object.assign({}, state, patch)));
      state = next;
      // Every listener sees this update as it was, even when one before it updates the store again.
      for (const fn of listeners) fn(next, previous, meta);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
