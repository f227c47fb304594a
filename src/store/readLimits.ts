// Bounds the read statements are built for, shared with the API that refuses requests beyond them.

/** The longest chain a shortest-path search follows (cypher/apiReads.ts shortestPaths writes it into the
 * pattern); a hub actor reaches most others within it, and every hop more multiplies the expansion. */
export const MAX_PATH_HOPS = 6;
