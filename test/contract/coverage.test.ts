import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OperationObject, ParameterObject } from '../../src/spec/index.js';
import { loadSpecModel, referenceDir } from '../support/spec.js';
import { ALLOWANCES } from './allowances.js';
import { compareConstraints, drifts, type ReferenceModels, type ReferenceOperation } from './constraints.js';

const reference = JSON.parse(readFileSync(path.join(referenceDir, 'cc-operations.json'), 'utf8')) as ReferenceOperation[];
const models = JSON.parse(readFileSync(path.join(referenceDir, 'cc-models.json'), 'utf8')) as ReferenceModels;
const doc = loadSpecModel().doc;


interface SpecOperation {
  method: string;
  path: string;
  op: OperationObject;
  params: ParameterObject[];
}

const specOperations = new Map<string, SpecOperation>(
  loadSpecModel().operations.map(({ operationId, method, path: urlPath, raw, parameters }) => [operationId, { method, path: urlPath, op: raw, params: parameters.map((p) => p.raw) }]),
);

/** Every way the spec's operation differs from the reference, each naming the operation and the field. */
export function differences(ref: ReferenceOperation, spec: SpecOperation | undefined): string[] {
  const id = ref.operationId;
  if (!spec) return [`${id}: missing from the spec (${ref.method} ${ref.path})`];
  const problems: string[] = [];
  const names = (where: string) => spec.params.filter((p) => p.in === where).map((p) => p.name).sort();
  const want = (list: { name: string }[]) => list.map((p) => p.name).sort();
  if (spec.method !== ref.method) problems.push(`${id}: method is ${spec.method}, reference says ${ref.method}`);
  if (spec.path !== ref.path) problems.push(`${id}: path is ${spec.path}, reference says ${ref.path}`);
  if (names('path').join() !== want(ref.pathParams).join()) problems.push(`${id}: path parameters are [${names('path')}], reference says [${want(ref.pathParams)}]`);
  if (names('query').join() !== want(ref.queryParams).join()) problems.push(`${id}: query parameters are [${names('query')}], reference says [${want(ref.queryParams)}]`);
  const success = Object.keys(spec.op.responses).filter((s) => s.startsWith('2'));
  if (success.join() !== String(ref.successStatus)) problems.push(`${id}: success status is ${success.join(', ')}, reference says ${ref.successStatus}`);
  if (Boolean(spec.op.requestBody) !== Boolean(ref.requestBody)) {
    problems.push(`${id}: request body is ${spec.op.requestBody ? 'present' : 'absent'}, reference says ${ref.requestBody ? 'present' : 'absent'}`);
  }
  if (Boolean(spec.op.deprecated) !== ref.historical) problems.push(`${id}: deprecated is ${Boolean(spec.op.deprecated)}, reference historical is ${ref.historical}`);
  return problems;
}


describe('coverage of the Cloud Connect reference', () => {
  it.each(reference.map((ref) => [ref.operationId, ref] as const))('%s matches the reference', (_id, ref) => {
    expect(differences(ref, specOperations.get(ref.operationId))).toEqual([]);
  });

  it('covers all 105 current operations and the 6 historical ones', () => {
    expect([reference.filter((ref) => !ref.historical).length, reference.filter((ref) => ref.historical).length]).toEqual([105, 6]);
    expect(specOperations.size).toBe(111);
  });

  it('tags every operation with its Huawei section', () => {
    expect(reference.filter((ref) => specOperations.get(ref.operationId)?.op.tags?.[0] !== ref.section).map((ref) => ref.operationId)).toEqual([]);
  });

  it('holds no operation the reference does not list', () => {
    const known = new Set(reference.map((ref) => ref.operationId));
    expect([...specOperations.keys()].filter((id) => !known.has(id))).toEqual([]);
  });

  const sample = reference.find((ref) => ref.operationId === 'UpdateCloudConnection')!;
  const table: { given: Partial<SpecOperation> | undefined; want: string[] }[] = [
    { given: undefined, want: ['UpdateCloudConnection: missing from the spec (PUT /v3/{domain_id}/ccaas/cloud-connections/{id})'] },
    { given: { method: 'POST' }, want: ['UpdateCloudConnection: method is POST, reference says PUT'] },
    { given: { params: [] }, want: ['UpdateCloudConnection: path parameters are [], reference says [domain_id,id]'] },
  ];
  it.each(table)('reports a drift by operation and field: $want', ({ given, want }) => {
    const spec = given && { ...specOperations.get('UpdateCloudConnection')!, ...given };
    expect(differences(sample, spec)).toEqual(want);
  });
});

describe('constraints of every parameter and body field against the reference', () => {
  const comparisons = compareConstraints(doc, reference, models);

  it('compares every kind of constraint, for parameters and for request and response fields', () => {
    const kinds = new Set(comparisons.map((c) => c.keyword));
    expect([...kinds].sort()).toEqual(['default', 'enum', 'maxItems', 'maxLength', 'maximum', 'minItems', 'minLength', 'minimum', 'pattern', 'required']);
    const sides = new Set(comparisons.map((c) => c.where.split(' ')[0]));
    expect([...sides].sort()).toEqual(['path', 'query', 'request', 'response']);
    expect(comparisons.length).toBeGreaterThan(4000);
  });

  it('finds no constraint that differs from the reference or lacks a source', () => {
    expect(drifts(comparisons, ALLOWANCES)).toEqual([]);
  });

  it('uses every allowance, so a fixed drift takes its excuse with it', () => {
    const unused = ALLOWANCES.filter((allowance) => drifts(comparisons, ALLOWANCES.filter((a) => a !== allowance)).length === drifts(comparisons, ALLOWANCES).length);
    expect(unused.map((a) => `${a.keyword} ${a.where}`)).toEqual([]);
  });

  /** A scratch copy of the bundle with one schema keyword changed, as a careless edit of the spec would. */
  function scratch(component: 'parameters' | 'schemas', name: string, pointer: string[], value: unknown) {
    const copy = structuredClone(doc);
    let node = (copy.components as Record<string, Record<string, unknown>>)[component]![name] as Record<string, unknown>;
    for (const key of pointer.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[pointer.at(-1)!] = value;
    return drifts(compareConstraints(copy, reference, models), ALLOWANCES);
  }

  const table: { given: string; spec: Parameters<typeof scratch>; want: string[] }[] = [
    {
      given: 'a limit capped at 1000 where the reference allows 2000',
      spec: ['parameters', 'AuthorisationLimit', ['schema', 'maximum'], 1000],
      want: [
        'ListAuthorisations: query limit maximum is 1000 in the spec, reference says 2000 (openapi/components/parameters/AuthorisationLimit.yaml#/schema)',
        'ListPermissions: query limit maximum is 1000 in the spec, reference says 2000 (openapi/components/parameters/AuthorisationLimit.yaml#/schema)',
      ],
    },
    {
      given: 'a length the reference does not state',
      spec: ['schemas', 'RequestId', ['maxLength'], 64],
      want: reference
        .filter((ref) => ref.responseBodyFields?.some((field) => field.name === 'request_id'))
        .map((ref) => `${ref.operationId}: response request_id maxLength is 64 in the spec, reference says not stated (openapi/components/schemas/RequestId.yaml)`),
    },
    {
      given: 'a required field the reference makes optional',
      spec: ['schemas', 'HistoricalCreateTagRequestBody', ['required'], ['tag']],
      want: ['CreateTag: request tag required is true in the spec, reference says false (openapi/components/schemas/HistoricalCreateTagRequestBody.yaml#/required)'],
    },
  ];
  it.each(table)('reports $given by operation, field and both values', ({ spec, want }) => {
    expect(scratch(...spec).sort()).toEqual([...want].sort());
  });
});
