import { invalidParameter } from './errors.js';
import type { Item } from './store.js';

/** What paging needs of a listed resource: its id and its place in creation order. */
export interface Pageable {
  item: Item;
  seq: number;
}

function encodeMarker(entry: Pageable, direction: 'n' | 'p'): string {
  return Buffer.from(JSON.stringify({ s: entry.seq, i: entry.item.id, d: direction })).toString('base64url');
}

function decodeMarker(marker: string): { seq: number; id: unknown; direction: 'n' | 'p' } | undefined {
  try {
    const data = JSON.parse(Buffer.from(marker, 'base64url').toString('utf8')) as { s?: unknown; i?: unknown; d?: unknown };
    if (typeof data.s === 'number' && (data.d === 'n' || data.d === 'p')) return { seq: data.s, id: data.i, direction: data.d };
  } catch {
    // Not one of ours: it may be a plain item id, as older Huawei pages used.
  }
  return undefined;
}

/**
 * Sorts (sort_key/sort_dir, else creation order) and cuts one page (marker or offset) of a list. `maximum` is the
 * operation's largest `limit`, the page size when the request gives none.
 */
export function pageOf<T extends Pageable>(all: T[], query: Record<string, unknown>, maximum: number | undefined): { page: T[]; pageInfo: Item; total: number } {
  let entries = all;
  const sortKey = typeof query.sort_key === 'string' ? query.sort_key : undefined;
  if (sortKey !== undefined) {
    const direction = query.sort_dir === 'desc' ? -1 : 1;
    entries = [...entries].sort((a, b) => {
      const x = String(a.item[sortKey] ?? '');
      const y = String(b.item[sortKey] ?? '');
      return (x < y ? -1 : x > y ? 1 : a.seq - b.seq) * direction;
    });
  }
  const limit = typeof query.limit === 'number' ? query.limit : (maximum ?? entries.length);
  let start = 0;
  let end: number;
  if (typeof query.offset === 'number') {
    start = Math.min(query.offset, entries.length);
    end = Math.min(start + limit, entries.length);
  } else if (typeof query.marker === 'string') {
    // Our markers name an item and a direction; a bare item id (older Huawei pages) means "after this one".
    const marker = decodeMarker(query.marker) ?? { seq: Number.NaN, id: query.marker, direction: 'n' as const };
    const at = entries.findIndex((entry) => entry.item.id === marker.id);
    if (at < 0 && Number.isNaN(marker.seq)) throw invalidParameter(`The marker "${query.marker}" is not a page_info marker of this list.`);
    // If the marker's item was deleted meanwhile, paging resumes from where it stood in creation order.
    const firstAfter = (test: (entry: T) => boolean) => {
      const index = entries.findIndex(test);
      return index < 0 ? entries.length : index;
    };
    if (marker.direction === 'n') {
      start = at >= 0 ? at + 1 : firstAfter((entry) => entry.seq > marker.seq);
      end = Math.min(start + limit, entries.length);
    } else {
      end = at >= 0 ? at : firstAfter((entry) => entry.seq >= marker.seq);
      start = Math.max(0, end - limit);
    }
  } else {
    end = Math.min(limit, entries.length);
  }
  const page = entries.slice(start, end);
  const pageInfo: Item = { current_count: page.length };
  const paged = typeof query.offset !== 'number';
  if (paged && end < entries.length && page.length > 0) pageInfo.next_marker = encodeMarker(page[page.length - 1] as T, 'n');
  if (paged && start > 0 && page.length > 0) pageInfo.previous_marker = encodeMarker(page[0] as T, 'p');
  return { page, pageInfo, total: entries.length };
}
