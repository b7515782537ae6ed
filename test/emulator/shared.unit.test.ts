/**
 * The emulator's shared layer called directly (paging, tagging, request unwrapping): tables of given/want that
 * pin each rule's edge, fast enough for every mutant of these modules (`npm run test:mutation`, target emulator).
 */
import { describe, expect, it } from 'vitest';
import { requestExampleIds, unwrap } from '../../src/emulator/checks.js';
import { ApiError } from '../../src/emulator/errors.js';
import type { Model } from '../../src/emulator/model.js';
import { pageOf, type Pageable } from '../../src/emulator/paging.js';
import type { Item } from '../../src/emulator/store.js';
import { addTags, MAX_TAGS, matchesTagQuery, removeTags, tagList, tagSummary } from '../../src/emulator/tagging.js';

/** Five items in creation order (seq 1–5); `rank` sorts them c, a, e, b, d; d has none. */
const ENTRIES: Pageable[] = [
  { seq: 1, item: { id: 'a', rank: '2', group: 'x' } },
  { seq: 2, item: { id: 'b', rank: '4', group: 'y' } },
  { seq: 3, item: { id: 'c', rank: '1', group: 'x' } },
  { seq: 4, item: { id: 'd', group: 'y' } },
  { seq: 5, item: { id: 'e', rank: '3', group: 'x' } },
];
const ids = (page: Pageable[]) => page.map((entry) => entry.item.id).join('');
const decode = (marker: unknown) => JSON.parse(Buffer.from(String(marker), 'base64url').toString('utf8')) as unknown;
const marker = (seq: number, id: string, d: 'n' | 'p') => Buffer.from(JSON.stringify({ s: seq, i: id, d })).toString('base64url');

describe('pageOf: sorting, limits and offsets', () => {
  it.each<{ given: string; query: Item; maximum?: number; want: string; total?: number }>([
    { given: 'no query, no maximum: everything in creation order', query: {}, want: 'abcde' },
    { given: 'no limit: the operation maximum', query: {}, maximum: 2, want: 'ab' },
    { given: 'limit beats the maximum', query: { limit: 3 }, maximum: 2, want: 'abc' },
    { given: 'limit larger than the list', query: { limit: 50 }, want: 'abcde' },
    { given: 'sort_key ascending; a missing value sorts first', query: { sort_key: 'rank' }, want: 'dcaeb' },
    { given: 'sort_key with sort_dir desc', query: { sort_key: 'rank', sort_dir: 'desc' }, want: 'beacd' },
    { given: 'sort_dir asc is ascending', query: { sort_key: 'rank', sort_dir: 'asc' }, want: 'dcaeb' },
    { given: 'ties keep creation order ascending', query: { sort_key: 'group' }, want: 'acebd' },
    { given: 'ties reverse with desc', query: { sort_key: 'group', sort_dir: 'desc' }, want: 'dbeca' },
    { given: 'a sort_key that is not a string is ignored', query: { sort_key: 3 }, want: 'abcde' },
    { given: 'offset and limit', query: { offset: 1, limit: 2 }, want: 'bc' },
    { given: 'offset near the end', query: { offset: 4, limit: 2 }, want: 'e' },
    { given: 'offset past the end', query: { offset: 9, limit: 2 }, want: '' },
    { given: 'offset with no limit', query: { offset: 3 }, want: 'de' },
    { given: 'offset 0 with sorting', query: { offset: 0, limit: 2, sort_key: 'rank' }, want: 'dc' },
  ])('$given', ({ query, maximum, want }) => {
    const result = pageOf(ENTRIES, query, maximum);
    expect(ids(result.page)).toBe(want);
    expect(result.total).toBe(5);
    expect(result.pageInfo.current_count).toBe(want.length);
  });

  // A union or a derived list reaches pageOf out of creation order; the sort alone decides.
  it.each<{ given: string; query: Item; want: string }>([
    { given: 'ascending', query: { sort_key: 'rank' }, want: 'dcaeb' },
    { given: 'descending', query: { sort_key: 'rank', sort_dir: 'desc' }, want: 'beacd' },
    { given: 'ties in creation order', query: { sort_key: 'group' }, want: 'acebd' },
    { given: 'ties in reverse creation order with desc', query: { sort_key: 'group', sort_dir: 'desc' }, want: 'dbeca' },
  ])('a list given out of creation order sorts the same: $given', ({ query, want }) => {
    for (const order of ['edcba', 'caebd', 'dbeac']) {
      const given = [...order].map((id) => ENTRIES.find((entry) => entry.item.id === id)!);
      expect(ids(pageOf(given, query, undefined).page), order).toBe(want);
    }
  });

  it('does not reorder the caller’s list when sorting', () => {
    const all = [...ENTRIES];
    pageOf(all, { sort_key: 'rank' }, undefined);
    expect(ids(all)).toBe('abcde');
  });

  it('gives no markers on offset pages', () => {
    expect(pageOf(ENTRIES, { offset: 1, limit: 2 }, undefined).pageInfo).toEqual({ current_count: 2 });
  });
});

describe('pageOf: markers', () => {
  it.each<{ given: string; query: Item; want: string; next?: object; previous?: object }>([
    { given: 'the first page names the next only', query: { limit: 2 }, want: 'ab', next: { s: 2, i: 'b', d: 'n' } },
    { given: 'a whole list on one page names neither', query: { limit: 5 }, want: 'abcde' },
    { given: 'a next marker continues after its item', query: { limit: 2, marker: marker(2, 'b', 'n') }, want: 'cd', next: { s: 4, i: 'd', d: 'n' }, previous: { s: 3, i: 'c', d: 'p' } },
    { given: 'the last page names the previous only', query: { limit: 2, marker: marker(4, 'd', 'n') }, want: 'e', previous: { s: 5, i: 'e', d: 'p' } },
    { given: 'a previous marker goes back before its item', query: { limit: 2, marker: marker(5, 'e', 'p') }, want: 'cd', next: { s: 4, i: 'd', d: 'n' }, previous: { s: 3, i: 'c', d: 'p' } },
    { given: 'a previous marker near the start stops at the first item', query: { limit: 2, marker: marker(2, 'b', 'p') }, want: 'a', next: { s: 1, i: 'a', d: 'n' } },
    { given: 'a bare item id means "after it"', query: { limit: 2, marker: 'b' }, want: 'cd', next: { s: 4, i: 'd', d: 'n' }, previous: { s: 3, i: 'c', d: 'p' } },
    { given: 'a bare id naming the first item', query: { limit: 2, marker: 'a' }, want: 'bc', next: { s: 3, i: 'c', d: 'n' }, previous: { s: 2, i: 'b', d: 'p' } },
    { given: 'a next marker of a deleted item resumes at the next seq', query: { limit: 2, marker: marker(2, 'gone', 'n') }, want: 'cd', next: { s: 4, i: 'd', d: 'n' }, previous: { s: 3, i: 'c', d: 'p' } },
    { given: 'a next marker past every item gives an empty page', query: { limit: 2, marker: marker(9, 'gone', 'n') }, want: '' },
    { given: 'a previous marker of a deleted item ends before its seq', query: { limit: 2, marker: marker(3, 'gone', 'p') }, want: 'ab', next: { s: 2, i: 'b', d: 'n' } },
    { given: 'a previous marker past every item ends at the last', query: { limit: 2, marker: marker(9, 'gone', 'p') }, want: 'de', previous: { s: 4, i: 'd', d: 'p' } },
    { given: 'a marker with no limit runs to the end', query: { marker: marker(3, 'c', 'n') }, want: 'de', previous: { s: 4, i: 'd', d: 'p' } },
  ])('$given', ({ query, want, next, previous }) => {
    const { page, pageInfo } = pageOf(ENTRIES, query, undefined);
    expect(ids(page)).toBe(want);
    expect(pageInfo.current_count).toBe(want.length);
    expect(pageInfo.next_marker === undefined ? undefined : decode(pageInfo.next_marker)).toEqual(next);
    expect(pageInfo.previous_marker === undefined ? undefined : decode(pageInfo.previous_marker)).toEqual(previous);
  });

  it('follows its own next markers through every item, one a page', () => {
    const seen: string[] = [];
    let next: unknown;
    do {
      const { page, pageInfo } = pageOf(ENTRIES, { limit: 1, ...(next === undefined ? {} : { marker: next }) }, undefined);
      seen.push(ids(page));
      next = pageInfo.next_marker;
    } while (next !== undefined);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it.each([
    ['an unknown bare id', 'zzz'],
    ['JSON that is not a marker (no seq)', Buffer.from(JSON.stringify({ i: 'b', d: 'n' })).toString('base64url')],
    ['a marker with an unknown direction', Buffer.from(JSON.stringify({ s: 2, i: 'b', d: 'x' })).toString('base64url')],
  ])('refuses %s with a 400 naming the marker', (_, given) => {
    const error = (() => {
      try {
        pageOf(ENTRIES, { marker: given }, undefined);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'CC.1001', message: `The marker "${given}" is not a page_info marker of this list.` });
  });
});

const tagged = (...pairs: [string, string | undefined][]): Item => ({ tags: pairs.map(([key, value]) => (value === undefined ? { key } : { key, value })) });

describe('tags on one resource', () => {
  it.each<{ given: string; item: Item; add: Item[]; want: Item[] }>([
    { given: 'adds to an item with no tags', item: {}, add: [{ key: 'a', value: '1' }], want: [{ key: 'a', value: '1' }] },
    { given: 'a non-array tags member counts as none', item: { tags: 'x' }, add: [{ key: 'a', value: '1' }], want: [{ key: 'a', value: '1' }] },
    { given: 'overwrites the value of a key it has, in place', item: tagged(['a', '1'], ['b', '2']), add: [{ key: 'a', value: '9' }], want: [{ key: 'a', value: '9' }, { key: 'b', value: '2' }] },
    { given: 'a missing value is the empty string', item: {}, add: [{ key: 'a' }], want: [{ key: 'a', value: '' }] },
    { given: 'overwriting with a missing value empties it', item: tagged(['a', '1']), add: [{ key: 'a' }], want: [{ key: 'a', value: '' }] },
  ])('$given', ({ item, add, want }) => {
    addTags(item, add, 'TagX');
    expect(item.tags).toEqual(want);
  });

  it('does not change the tag objects it was given', () => {
    const existing = { key: 'a', value: '1' };
    const item: Item = { tags: [existing] };
    addTags(item, [{ key: 'a', value: '2' }], 'TagX');
    expect(existing).toEqual({ key: 'a', value: '1' });
  });

  const full = (n: number): Item => tagged(...Array.from({ length: n }, (_, i) => [`k${i}`, 'v'] as [string, string]));

  it.each<{ given: string; have: number; add: Item[]; ok: boolean; message?: string }>([
    { given: '19 + 1 new key reaches the cap', have: 19, add: [{ key: 'new' }], ok: true },
    { given: '20 + an existing key changes no count', have: 20, add: [{ key: 'k0', value: 'w' }], ok: true },
    { given: '20 + 1 new key is refused', have: 20, add: [{ key: 'new' }], ok: false, message: 'TagX: the resource has 20 tags and 1 new keys would make 21; a resource takes at most 20. Delete some first.' },
    { given: 'a key given twice counts once', have: 19, add: [{ key: 'new', value: '1' }, { key: 'new', value: '2' }], ok: true },
    { given: '18 + 3 new keys is refused', have: 18, add: [{ key: 'x' }, { key: 'y' }, { key: 'z' }], ok: false, message: 'TagX: the resource has 18 tags and 3 new keys would make 21; a resource takes at most 20. Delete some first.' },
  ])('$given', ({ have, add, ok, message }) => {
    const item = full(have);
    const before = structuredClone(item);
    if (ok) {
      addTags(item, add, 'TagX');
      expect(tagList(item).length).toBeLessThanOrEqual(MAX_TAGS);
    } else {
      expect(() => addTags(item, add, 'TagX')).toThrow(expect.objectContaining({ status: 400, code: 'CC.1001', message }));
      expect(item).toEqual(before);
    }
  });

  it('is capped at 20', () => expect(MAX_TAGS).toBe(20));

  it.each<{ keys: unknown[]; want: string[] }>([
    { keys: ['a'], want: ['b', 'c'] },
    { keys: ['a', 'c', 'zzz'], want: ['b'] },
    { keys: [], want: ['a', 'b', 'c'] },
  ])('removes keys $keys', ({ keys, want }) => {
    const item = tagged(['a', '1'], ['b', '2'], ['c', '3']);
    removeTags(item, keys);
    expect(tagList(item).map((t) => t.key)).toEqual(want);
  });

  it('removing from an item with no tags leaves an empty list', () => {
    const item: Item = {};
    removeTags(item, ['a']);
    expect(item.tags).toEqual([]);
  });
});

describe('tagSummary', () => {
  it('lists every key once, sorted, with its distinct values sorted; a missing value is ""', () => {
    const items = [tagged(['env', 'prod'], ['team', 'net']), tagged(['env', 'dev'], ['app', undefined]), tagged(['env', 'prod']), {}];
    expect(tagSummary(items)).toEqual([
      { key: 'app', values: [''] },
      { key: 'env', values: ['dev', 'prod'] },
      { key: 'team', values: ['net'] },
    ]);
  });

  it('is empty for items without tags', () => expect(tagSummary([{}, { tags: [] }])).toEqual([]));
});

describe('matchesTagQuery on one item (env=prod, team=net, named "gcb-prod-net")', () => {
  const item: Item = { name: 'gcb-prod-net', tags: [{ key: 'env', value: 'prod' }, { key: 'team', value: 'net' }, { key: 'bare' }] };
  it.each<{ given: string; body: Item; want: boolean }>([
    { given: 'an empty query', body: {}, want: true },
    { given: 'tags: a key with its value', body: { tags: [{ key: 'env', values: ['prod'] }] }, want: true },
    { given: 'tags: a key with another value', body: { tags: [{ key: 'env', values: ['dev'] }] }, want: false },
    { given: 'tags: a key with no values (any value)', body: { tags: [{ key: 'team', values: [] }] }, want: true },
    { given: 'tags: a key with values not an array (any value)', body: { tags: [{ key: 'team' }] }, want: true },
    { given: 'tags: an unknown key', body: { tags: [{ key: 'owner', values: [] }] }, want: false },
    { given: 'tags: one of two conditions fails', body: { tags: [{ key: 'env', values: ['prod'] }, { key: 'team', values: ['db'] }] }, want: false },
    { given: 'tags: a tag with no value matches ""', body: { tags: [{ key: 'bare', values: [''] }] }, want: true },
    { given: 'tags: not an array is no condition', body: { tags: 'env' }, want: true },
    { given: 'tags: non-object conditions are skipped', body: { tags: ['env', null, [1]] }, want: true },
    { given: 'tags_any: one condition holds', body: { tags_any: [{ key: 'env', values: ['dev'] }, { key: 'team', values: ['net'] }] }, want: true },
    { given: 'tags_any: none holds', body: { tags_any: [{ key: 'env', values: ['dev'] }, { key: 'team', values: ['db'] }] }, want: false },
    { given: 'tags_any: empty is no condition', body: { tags_any: [] }, want: true },
    { given: 'not_tags: every condition holds', body: { not_tags: [{ key: 'env', values: ['prod'] }, { key: 'team', values: ['net'] }] }, want: false },
    { given: 'not_tags: one condition fails', body: { not_tags: [{ key: 'env', values: ['prod'] }, { key: 'team', values: ['db'] }] }, want: true },
    { given: 'not_tags: empty is no condition', body: { not_tags: [] }, want: true },
    { given: 'not_tags_any: one condition holds', body: { not_tags_any: [{ key: 'env', values: ['dev'] }, { key: 'team', values: ['net'] }] }, want: false },
    { given: 'not_tags_any: none holds', body: { not_tags_any: [{ key: 'env', values: ['dev'] }] }, want: true },
    { given: 'without_any_tag on a tagged item', body: { without_any_tag: true }, want: false },
    { given: 'without_any_tag false', body: { without_any_tag: false }, want: true },
    { given: 'without_any_tag as a string is not true', body: { without_any_tag: 'true' }, want: true },
    { given: 'matches: part of the name', body: { matches: [{ key: 'resource_name', value: 'prod' }] }, want: true },
    { given: 'matches: not in the name', body: { matches: [{ key: 'resource_name', value: 'dev' }] }, want: false },
    { given: 'matches: another key is ignored', body: { matches: [{ key: 'other', value: 'dev' }] }, want: true },
    { given: 'matches: no value matches any name', body: { matches: [{ key: 'resource_name' }] }, want: true },
  ])('$given: $want', ({ body, want }) => {
    expect(matchesTagQuery(item, body)).toBe(want);
  });

  it.each<{ given: string; candidate: Item; body: Item; want: boolean }>([
    { given: 'without_any_tag on an untagged item', candidate: { name: 'x' }, body: { without_any_tag: true }, want: true },
    { given: 'without_any_tag on an empty tag list', candidate: { name: 'x', tags: [] }, body: { without_any_tag: true }, want: true },
    { given: 'matches on an item with no name and an empty value', candidate: {}, body: { matches: [{ key: 'resource_name', value: '' }] }, want: true },
    { given: 'matches on an item with no name', candidate: {}, body: { matches: [{ key: 'resource_name', value: 'a' }] }, want: false },
    { given: 'tags on an untagged item', candidate: {}, body: { tags: [{ key: 'env', values: [] }] }, want: false },
  ])('$given: $want', ({ candidate, body, want }) => {
    expect(matchesTagQuery(candidate, body)).toBe(want);
  });
});

describe('unwrap', () => {
  it.each<{ given: string; body: unknown; want: Item }>([
    { given: 'a single-key wrapper', body: { cloud_connection: { name: 'a' } }, want: { name: 'a' } },
    { given: 'a single tags member stays whole', body: { tags: { key: 'a' } }, want: { tags: { key: 'a' } } },
    { given: 'two members stay whole', body: { a: { x: 1 }, b: 2 }, want: { a: { x: 1 }, b: 2 } },
    { given: 'a single member that is an array', body: { ids: ['a'] }, want: { ids: ['a'] } },
    { given: 'a single member that is a value', body: { name: 'a' }, want: { name: 'a' } },
    { given: 'a single member that is null', body: { x: null }, want: { x: null } },
    { given: 'no body', body: undefined, want: {} },
    { given: 'an array', body: [{ a: 1 }], want: {} },
    { given: 'null', body: null, want: {} },
    { given: 'a string', body: 'x', want: {} },
  ])('$given', ({ body, want }) => {
    expect(unwrap(body)).toEqual(want);
  });
});

describe('requestExampleIds', () => {
  it('collects every string under a key ending in _id, at any depth, from every request example', () => {
    const model = {
      operations: [
        { body: { examples: [{ value: { thing: { vpc_id: 'v1', name: 'n', nested: [{ er_id: 'e1' }, { er_id: 'e2', count_id: 3 }] } } }, { value: { project_id: 'p1' } }] } },
        { body: undefined },
        { body: { examples: [{ value: ['x', { list_id: ['l1', 'l2'] }] }] } },
      ],
    } as unknown as Model;
    expect([...requestExampleIds(model)].sort()).toEqual(['e1', 'e2', 'l1', 'l2', 'p1', 'v1']);
  });
});
