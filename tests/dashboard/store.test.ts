// The page's state store: every listener hears every update, in order, with the state before it.
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/dashboard/store.js';

describe('createStore', () => {
  it('replaces the state on update and tells each listener the state before and what the update was for', () => {
    const store = createStore({ count: 0, label: 'a' });
    const heard: unknown[] = [];
    store.subscribe((state, previous, meta) => heard.push([state, previous, meta]));
    const first = store.get();
    store.update({ count: 1 }, { history: 'push' });
    expect(store.get()).toEqual({ count: 1, label: 'a' });
    expect(first).toEqual({ count: 0, label: 'a' });
    expect(heard).toEqual([[{ count: 1, label: 'a' }, { count: 0, label: 'a' }, { history: 'push' }]]);
    expect(Object.isFrozen(store.get())).toBe(true);
  });

  it('gives later listeners the update they were told of, even when an earlier one updates again', () => {
    const store = createStore({ view: 'map', tapped: 'Q1' });
    const heard: string[] = [];
    store.subscribe((state, previous) => {
      if (state.view !== previous.view) store.update({ tapped: '' });
    });
    store.subscribe((state, previous) => heard.push(`${previous.view}→${state.view} tapped=${state.tapped}`));
    store.update({ view: 'table' });
    expect(heard).toEqual(['table→table tapped=', 'map→table tapped=Q1']);
    expect(store.get()).toEqual({ view: 'table', tapped: '' });
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createStore({ n: 0 });
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.update({ n: 1 });
    stop();
    store.update({ n: 2 });
    expect(calls).toBe(1);
  });
});
