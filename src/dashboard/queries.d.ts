// Types for queries.js, which the server also reads (warmUp.ts); not served to the browser.
export const STATUS: string;
export const STATS: string;
export const ALLIANCES: string;
export const SEARCH: string;
export const ENTITY: string;
export const PAIR_CLAIMS: string;
export const DYAD: string;
