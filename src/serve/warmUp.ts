// The dashboard's first view, asked once before the server announces itself. The first visitor would
// otherwise pay for parsing and planning its Cypher and for a cold JIT: on the seed corpus the first page
// load after a start took ~2.1 s, the next ones ~0.7 s.
import { ALLIANCES, STATUS } from '../dashboard/queries.js';

const FIRST_VIEW: Array<{ query: string; variables: Record<string, unknown> }> = [
  { query: STATUS, variables: {} },
  { query: ALLIANCES, variables: { minEvidence: 1, assertedOnly: false, layout: false } },
];

/** Sends the first view's queries to the server at `url`; a failure only means no warm-up. */
export async function warmUp(url: string, log: (line: string) => void): Promise<void> {
  for (const body of FIRST_VIEW) {
    try {
      await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    } catch (error) {
      log(`warm-up skipped: ${(error as Error).message}`);
      return;
    }
  }
}
