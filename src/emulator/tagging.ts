import { invalidParameter } from './errors.js';
import type { Item } from './store.js';

/**
 * At most 20 tags per resource: the Chinese edition of TagCloudConnection, updated 2026-06-02
 * (https://support.huaweicloud.com/api-cc/TagCloudConnection.html: "每个实例最多支持20个标签键值对"). The spec caps one
 * request at 20; the total on a resource is this rule's, for every taggable resource alike.
 */
export const MAX_TAGS = 20;

const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

export const tagList = (item: Item): Item[] => (Array.isArray(item.tags) ? (item.tags as Item[]) : []);

/** Adds or overwrites tags by key; refuses, changing nothing, when the resource would end up with more than 20. */
export function addTags(item: Item, tags: readonly Item[], operationId: string): void {
  const current = tagList(item);
  const added = new Set(tags.map((tag) => tag.key).filter((key) => !current.some((t) => t.key === key)));
  if (current.length + added.size > MAX_TAGS) {
    throw invalidParameter(`${operationId}: the resource has ${current.length} tags and ${added.size} new keys would make ${current.length + added.size}; a resource takes at most ${MAX_TAGS}. Delete some first.`);
  }
  const next = current.map((t) => ({ ...t }));
  for (const tag of tags) {
    const existing = next.find((t) => t.key === tag.key);
    if (existing) existing.value = tag.value ?? '';
    else next.push({ key: tag.key, value: tag.value ?? '' });
  }
  item.tags = next;
}

export function removeTags(item: Item, keys: readonly unknown[]): void {
  item.tags = tagList(item).filter((t) => !keys.includes(t.key));
}

/** Every tag key of the items, with its values, sorted. */
export function tagSummary(items: readonly Item[]): { key: string; values: string[] }[] {
  const values = new Map<string, Set<string>>();
  for (const item of items) {
    for (const tag of tagList(item)) {
      const key = String(tag.key);
      if (!values.has(key)) values.set(key, new Set());
      (values.get(key) as Set<string>).add(String(tag.value ?? ''));
    }
  }
  return [...values.keys()].sort().map((key) => ({ key, values: [...(values.get(key) as Set<string>)].sort() }));
}

/**
 * Tag queries: `tags` (every key must match, any of its values; no values means any value), and the TMS
 * variants `tags_any`, `not_tags`, `not_tags_any`, `without_any_tag` and `matches` on the resource name.
 */
export function matchesTagQuery(item: Item, body: Item): boolean {
  const conditions = (name: string) => (Array.isArray(body[name]) ? (body[name] as unknown[]).filter(isItem) : []);
  const has = (condition: Item) => {
    const wanted = Array.isArray(condition.values) ? condition.values.map(String) : [];
    return tagList(item).some((tag) => tag.key === condition.key && (wanted.length === 0 || wanted.includes(String(tag.value ?? ''))));
  };
  const any = conditions('tags_any');
  const notAll = conditions('not_tags');
  if (!conditions('tags').every(has)) return false;
  if (any.length > 0 && !any.some(has)) return false;
  if (notAll.length > 0 && notAll.every(has)) return false;
  if (conditions('not_tags_any').some(has)) return false;
  if (body.without_any_tag === true && tagList(item).length > 0) return false;
  return conditions('matches').every((m) => m.key !== 'resource_name' || String(item.name ?? '').includes(String(m.value ?? '')));
}
