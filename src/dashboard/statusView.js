// @ts-check
// The page's overall state — loading, ready, empty, no match, error — shown over the map and mirrored
// in body[data-status] so tests and styles can follow it.
import { byId, h, replace } from './dom.js';

const MESSAGES = {
  loading: { title: 'Loading the graph…' },
  empty: {
    title: 'No articles yet',
    body: [
      'The graph is empty. Load the seed corpus or your own articles, and this page fills in by itself:',
      h('pre', {}, 'npx geokg load seed/\nnpx geokg serve --load seed'),
      'or send articles to the ingestArticle mutation of the GraphQL API.',
    ],
  },
  nomatch: {
    title: 'No relations match these filters',
    body: ['Widen the time range, tick more relation types or lower the minimum evidence.'],
  },
};

export function createStatusView({ onRetry }) {
  const overlay = byId('state-overlay');
  const live = byId('live-status');
  let current = '';

  return {
    get current() {
      return current;
    },
    /** status: loading | ready | empty | nomatch | error; detail: the error message for `error`. */
    set(status, detail = '') {
      current = status;
      document.body.dataset.status = status;
      if (status === 'ready') {
        overlay.hidden = true;
        replace(overlay);
        return;
      }
      overlay.hidden = false;
      overlay.dataset.kind = status;
      if (status === 'error') {
        replace(overlay, h('div', { class: 'state-card error', role: 'alert' },
          h('h2', {}, detail.startsWith('graph') ? 'Graph unavailable' : 'API unreachable'),
          h('p', {}, detail.startsWith('graph')
            ? 'The API answers, but Neo4j does not. The page retries every few seconds.'
            : 'The GraphQL API at /graphql did not answer. Is `geokg serve` running? The page retries every few seconds.'),
          h('p', { class: 'muted small' }, detail),
          h('button', { type: 'button', onclick: onRetry }, 'Retry now')));
        live.dataset.state = 'down';
        replace(live, h('span', { class: 'dot', 'aria-hidden': 'true' }), detail.startsWith('graph') ? ' graph unavailable' : ' API unreachable');
        return;
      }
      const message = MESSAGES[status];
      replace(overlay, h('div', { class: `state-card ${status}`, role: status === 'loading' ? 'status' : null },
        h('h2', {}, message.title), (message.body ?? []).map((part) => (typeof part === 'string' ? h('p', {}, part) : part))));
    },
    /** The header's live indicator. */
    updated(at) {
      live.dataset.state = 'live';
      replace(live, h('span', { class: 'dot', 'aria-hidden': 'true' }), ' updated ', h('time', { datetime: at.toISOString() }, at.toLocaleTimeString('en-GB')));
    },
  };
}
