import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRef, type ExampleObject, type ParameterObject } from '../../src/spec/document.js';
import { createSchemaValidator, loadBundle, sharedReference } from '../support/spec.js';

const doc = loadBundle();
const seed = readFileSync(path.join(sharedReference, 'seed-UpdateCloudConnection.txt'), 'utf8');

/** The first JSON block (a `{` opening a line) after `marker` in the seed page. */
function jsonAfter(marker: string): unknown {
  const start = seed.indexOf('\n{', seed.indexOf(marker)) + 1;
  let depth = 0;
  for (let i = start; i < seed.length; i++) {
    if (seed[i] === '{') depth++;
    if (seed[i] === '}' && --depth === 0) return JSON.parse(seed.slice(start, i + 1));
  }
  throw new Error(`no JSON block after ${marker}`);
}

const update = doc.paths['/v3/{domain_id}/ccaas/cloud-connections/{id}']?.put;

describe('UpdateCloudConnection, the seed operation', () => {
  it('carries the seed page example request verbatim', () => {
    const media = resolveRef(doc, update!.requestBody!).content['application/json']!;
    const example = resolveRef<ExampleObject>(doc, media.examples!.UpdateCloudConnectionRequest!);
    expect(example.value).toEqual(jsonAfter('Example Requests'));
    expect(example.value).toEqual({ cloud_connection: { name: 'new cloud-connection name', description: 'new cloud-connection description' } });
  });

  it('carries the seed page example 200 response verbatim', () => {
    const response = resolveRef(doc, update!.responses['200']!) as { content: Record<string, { examples: Record<string, ExampleObject> }> };
    const example = resolveRef<ExampleObject>(doc, response.content['application/json']!.examples.UpdateCloudConnectionResponse!);
    expect(example.value).toEqual(jsonAfter('Example Responses'));
    expect((example.value as { request_id: string }).request_id).toBe('0e44ca4e6c250521d154e96a7e2b3cf0');
  });

  const validate = createSchemaValidator(doc, { closed: false })({ $ref: '#/components/schemas/UpdateCloudConnectionRequestBody' });
  const table: { description: string; want: boolean }[] = [
    { description: 'a<b', want: false },
    { description: 'a>b', want: false },
    { description: '', want: true },
    { description: 'x'.repeat(255), want: true },
    { description: 'x'.repeat(256), want: false },
    { description: 'Beijing ⇄ Frankfurt', want: true },
  ];
  it.each(table)('description $description.length chars "$description" → valid $want', ({ description, want }) => {
    expect(validate({ cloud_connection: { description } })).toBe(want);
  });

  it('has the reference method, path, parameters and success status', () => {
    const params = [...(doc.paths['/v3/{domain_id}/ccaas/cloud-connections/{id}']!.parameters ?? [])].map((p) => resolveRef<ParameterObject>(doc, p));
    expect(params.map((p) => [p.name, p.in, p.schema.maxLength])).toEqual([
      ['domain_id', 'path', 32],
      ['id', 'path', 36],
    ]);
    expect(update?.operationId).toBe('UpdateCloudConnection');
    expect(Object.keys(update!.responses).filter((s) => s.startsWith('2'))).toEqual(['200']);
  });
});
