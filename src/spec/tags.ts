import { isTemplate, templateName } from './router.js';
import type { SpecOperation } from './operations.js';
import type { SchemaReader } from './schemas.js';

/** What a tag or filter operation does, and to which collection path. */
export interface TagShape {
  kind: 'tag' | 'untag' | 'tag-summary' | 'tag-filter' | 'item-tags';
  /** Path segments of the collection the operation works on. */
  base: string[];
  /** For filters: whether the answer is a count. */
  count?: boolean;
  /** For the per-item tag operations: what they do with the item's tags. */
  mode?: 'list' | 'add' | 'remove' | 'by-action';
}

const last = <T>(list: readonly T[]) => list[list.length - 1];

/** Where a tag or filter operation sits relative to the resource path it acts on; undefined for any other operation. */
export function tagShapeOf(op: SpecOperation, reader: SchemaReader): TagShape | undefined {
  const s = op.segments;
  const tagsAt = s.lastIndexOf('tags');
  // A template whose values are an enumeration (`{resource_type}`) picks a kind of resource; it does not name one.
  const namesItem = (segment: string | undefined) =>
    segment !== undefined && isTemplate(segment) && !reader.enumOf(op.pathParams.find((p) => p.name === templateName(segment))?.schema);
  if (/^Tag[A-Z]/.test(op.operationId) && op.method === 'POST' && isTemplate(s.at(-2) ?? '')) return { kind: 'tag', base: s.slice(0, -2) };
  if (/^Untag[A-Z]/.test(op.operationId) && op.method === 'POST' && isTemplate(s.at(-2) ?? '')) return { kind: 'untag', base: s.slice(0, -2) };
  if (tagsAt > 0 && namesItem(s[tagsAt - 1])) {
    // `/{id}/tags`, `/{id}/tags/{key}`, `/{id}/tags/create|delete|action`
    const after = s.slice(tagsAt + 1);
    const base = s.slice(0, tagsAt - 1);
    if (op.method === 'GET' && after.length === 0) return { kind: 'item-tags', base, mode: 'list' };
    if (op.method === 'DELETE' && after.length === 1 && isTemplate(after[0] as string)) return { kind: 'item-tags', base, mode: 'remove' };
    if (op.method === 'POST' && (after.length === 0 || after[0] === 'create')) return { kind: 'item-tags', base, mode: 'add' };
    if (op.method === 'POST' && after[0] === 'delete') return { kind: 'item-tags', base, mode: 'remove' };
    if (op.method === 'POST' && after[0] === 'action') return { kind: 'item-tags', base, mode: 'by-action' };
  }
  if (op.method === 'GET' && last(s) === 'tags' && tagsAt === s.length - 1) return { kind: 'tag-summary', base: s.slice(0, -1) };
  if (op.method === 'POST') {
    const instancesAt = s.indexOf('resource-instances');
    const count = last(s) === 'count' || /^Count/.test(op.operationId);
    if (instancesAt > 0) return { kind: 'tag-filter', base: s.slice(0, instancesAt), count };
    if (last(s) === 'filter' || /ByTags?$/.test(op.operationId)) return { kind: 'tag-filter', base: s.slice(0, -1), count };
  }
  return undefined;
}
