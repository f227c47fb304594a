// Read-only view of the page's state on window.geokg. The map is a canvas, so tests and benchmarks
// cannot read actors or edges from the DOM; these getters expose counts and positions, nothing writable.

export function exposeState(getters) {
  const api = {};
  for (const [name, get] of Object.entries(getters)) {
    if (name === 'positionOf') api.positionOf = (id) => get(String(id));
    else Object.defineProperty(api, name, { get, enumerable: true });
  }
  Object.defineProperty(window, 'geokg', { value: Object.freeze(api), writable: false, configurable: false });
}
