/** Exit codes of every geokg command: 0 ok, 1 failure, 2 usage, 3 partial (some inputs failed). */
export const EXIT_CODES = { ok: 0, failure: 1, usage: 2, partial: 3 } as const;
