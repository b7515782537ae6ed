import type { RuleContext } from '../../../src/emulator/backends/types.js';
import type { Item } from '../../../src/emulator/store.js';

// Shared by the backends-*.unit.test.ts files.

/** A rule's view of an account holding `state` (item key → items); `everywhere` sees `others` too. */
export function context(state: Record<string, Item[]> = {}, extra: Partial<RuleContext> & { others?: Record<string, Item[]> } = {}): RuleContext {
  const { others = {}, ...rest } = extra;
  const created: Item[] = [];
  return {
    domainId: 'domain-1',
    now: '2026-01-02T03:04:05Z',
    input: {},
    siblings: [],
    parents: {},
    reply: {},
    items: (key) => state[key] ?? [],
    exists: (key, id) => (state[key] ?? []).some((item) => item.id === id),
    everywhere: (key) => [...(state[key] ?? []), ...(others[key] ?? [])],
    quota: () => undefined,
    create: (itemKey, parents, fields) => {
      const item = { itemKey, parents, ...fields };
      created.push(item);
      return item;
    },
    ...rest,
  };
}

export const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

export const UUID_V4_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
