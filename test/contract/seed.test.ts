import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchemaValidator, loadSpecModel, referenceDir } from '../support/spec.js';

const spec = loadSpecModel();
const seed = readFileSync(path.join(referenceDir, 'seed-UpdateCloudConnection.txt'), 'utf8');

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

const update = spec.operation('UpdateCloudConnection');

describe('UpdateCloudConnection, the seed operation', () => {
  it('carries the seed page example request verbatim', () => {
    const example = update.body!.examples.find((e) => e.name === 'UpdateCloudConnectionRequest')!;
    expect(example.value).toEqual(jsonAfter('Example Requests'));
    expect(example.value).toEqual({ cloud_connection: { name: 'new cloud-connection name', description: 'new cloud-connection description' } });
  });

  it('carries the seed page example 200 response verbatim', () => {
    const example = update.success.examples.find((e) => e.name === 'UpdateCloudConnectionResponse')!;
    expect(example.value).toEqual(jsonAfter('Example Responses'));
    expect((example.value as { request_id: string }).request_id).toBe('0e44ca4e6c250521d154e96a7e2b3cf0');
  });

  const validate = createSchemaValidator(spec.doc, { closed: false })({ $ref: '#/components/schemas/UpdateCloudConnectionRequestBody' });
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

  // Issue 13: names are Chinese characters, English letters, digits, spaces, `_`, `-`, `.`; control, format and
  // unpaired surrogate characters are refused by the spec, and so by the emulator, which validates with it.
  const names: { given: string; name: string; want: boolean }[] = [
    { given: 'the seed page name', name: 'new cloud-connection name', want: true },
    { given: 'Chinese', name: '云连接-北京_1.0', want: true },
    { given: 'a NUL', name: 'cc\u0000prod', want: false },
    { given: 'a right-to-left override', name: 'cc\u202Eprod', want: false },
    { given: 'a lone surrogate', name: 'cc\uD800prod', want: false },
    { given: 'a slash', name: 'cc/prod', want: false },
    { given: 'a letter outside the documented set', name: 'café', want: false },
    { given: 'nothing', name: '', want: false },
    { given: '64 characters', name: 'n'.repeat(64), want: true },
    { given: '65 characters', name: 'n'.repeat(65), want: false },
  ];
  it.each(names)('name with $given → valid $want', ({ name, want }) => {
    expect(validate({ cloud_connection: { name } })).toBe(want);
  });

  it('has the reference method, path, parameters and success status', () => {
    expect(update.pathParams.map((p) => [p.name, p.in, p.resolved.maxLength])).toEqual([
      ['domain_id', 'path', 32],
      ['id', 'path', 36],
    ]);
    expect([update.method, update.path]).toEqual(['PUT', '/v3/{domain_id}/ccaas/cloud-connections/{id}']);
    expect(update.successStatus).toBe(200);
  });
});
