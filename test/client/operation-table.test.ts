import { describe, expect, it } from 'vitest';
import { operationTable } from '../../generated/client.gen.js';
import { operationSpecs } from '../../src/index.js';
import { formatOperationLine, parseOperationTable, type OperationSpec } from '../../src/operation-table.js';
import { loadSpecModel } from '../support/spec.js';

// The client ships its operations as one generated line each; what it reads back must be what the spec says.
describe('the generated operation table', () => {
  const specs = operationSpecs();
  const model = loadSpecModel().operations;

  it('holds every operation of the spec, and nothing else', () => {
    expect(Object.keys(specs).sort()).toEqual(model.map((op) => op.operationId).sort());
  });

  it.each(model.map((op) => [op.operationId, op] as const))('%s reads back as the spec has it', (operationId, op) => {
    const { method, path, query, body } = specs[operationId as keyof typeof specs];
    expect({ method, path, query, body }).toEqual({ method: op.method, path: op.path, query: op.queryParams.map((p) => p.name), body: op.body !== undefined });
  });

  it('reads each line once: a second read returns the same route objects', () => {
    expect(parseOperationTable(operationTable).UpdateCloudConnection).toBe(parseOperationTable(operationTable).UpdateCloudConnection);
  });
});

describe('formatOperationLine and parseOperationTable', () => {
  const spec = (method: string, path: string, query: string[], body: boolean): OperationSpec => ({ method, path, query, body });
  it.each<[string, string, OperationSpec, string]>([
    ['a method and body the verb implies', 'UpdateThing', spec('PUT', '/v3/{domain_id}/things/{id}', [], true), 'UpdateThing /v3/{domain_id}/things/{id}'],
    ['a read with query parameters', 'ListThings', spec('GET', '/v3/things', ['limit', 'marker'], false), 'ListThings /v3/things?limit&marker'],
    ['a method the verb does not imply', 'ListThingsByTags', spec('POST', '/v3/things/filter', [], true), 'ListThingsByTags POST /v3/things/filter'],
    ['a POST without a body', 'ApplyThing', spec('POST', '/v3/things/{id}/apply', [], false), 'ApplyThing -body /v3/things/{id}/apply'],
    ['a GET with a body', 'ShowThing', spec('GET', '/v3/things/{id}', [], true), 'ShowThing +body /v3/things/{id}'],
    ['a DELETE', 'DeleteThing', spec('DELETE', '/v3/things/{id}', [], false), 'DeleteThing /v3/things/{id}'],
    ['a PATCH the verb does not imply, with a body', 'PatchThing', spec('PATCH', '/v3/things/{id}', [], true), 'PatchThing PATCH +body /v3/things/{id}'],
  ])('%s: %s', (_, operationId, given, line) => {
    expect(formatOperationLine(operationId, given)).toBe(line);
    const { method, path, query, body } = parseOperationTable(`\n${line}\n`)[operationId] as OperationSpec;
    expect({ method, path, query, body }).toEqual(given);
  });

  it.each<[string, string, string[]]>([
    ['a line between blank lines is the only operation', '\nShowThing /v3/things/{id}\n', ['ShowThing']],
    ['two lines', 'ListThings /v3/things\nDeleteThing /v3/things/{id}', ['ListThings', 'DeleteThing']],
  ])('reads the operations of a table: %s', (_, table, operationIds) => {
    expect(Object.keys(parseOperationTable(table))).toEqual(operationIds);
  });

  it.each<[string, string, string[]]>([
    ['a call without a body takes only its path and query parameters', 'ApplyWidget -body /v3/{domain_id}/widgets/{widget_id}/apply?force', ['widget_id', 'force']],
    ['a call with a body also takes `body`', 'CreateWidget /v3/{domain_id}/widgets', ['body']],
  ])('the arguments of a route: %s', (_, line, accepted) => {
    expect(parseOperationTable(line)[line.split(' ')[0] as string]?.accepted).toEqual(accepted);
  });

  it('splits the path at its parameters and lists the arguments a call may pass', () => {
    const route = parseOperationTable('\nUpdateThing /v3/{domain_id}/things/{thing_id}/parts/{part_id}?dry_run\n').UpdateThing;
    expect({ parts: route?.parts, accepted: route?.accepted }).toEqual({
      parts: ['/v3/', 'domain_id', '/things/', 'thing_id', '/parts/', 'part_id', ''],
      accepted: ['thing_id', 'part_id', 'dry_run', 'body'],
    });
  });
});
