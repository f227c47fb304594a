// Driver values become plain JS at the store's boundary: nothing above the store sees driver types.
import neo4j from 'neo4j-driver';

/** Driver Integers become JS numbers; nothing above the store sees driver types. */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}
