// @ts-check
// Keeps the page current: polls the graph's counts every few seconds and reports when they change,
// so an article ingested elsewhere shows up without a reload.
import { gql } from './api.js';
import { STATS } from './queries.js';

export const POLL_MS = 5000;

export function startLive({ onStats, onChange, onError }) {
  let last = null;
  let timer = 0;
  let stopped = false;

  async function poll() {
    try {
      const { stats } = await gql(STATS);
      const changed = last && (stats.articles !== last.articles || stats.claims !== last.claims);
      last = stats;
      onStats(stats, new Date());
      if (changed) await onChange(stats);
    } catch (error) {
      onError(error);
    } finally {
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }
  }

  return {
    /** The counts the page was built from, so the first poll does not count as a change. */
    prime(stats) {
      last = stats;
    },
    start() {
      clearTimeout(timer);
      timer = setTimeout(poll, POLL_MS);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
