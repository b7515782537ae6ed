import { describe, expect, it } from 'vitest';
import { HTTP_METHODS, resolveRef, type ExampleObject, type MediaTypeObject, type ResponseObject } from '../../src/spec/document.js';
import { createSchemaValidator, loadBundle } from '../support/spec.js';

const doc = loadBundle();
const validatorFor = createSchemaValidator(doc, { closed: true });

interface ExampleCase {
  where: string;
  schema: object;
  value: unknown;
}

function casesOf(where: string, media: MediaTypeObject | undefined): ExampleCase[] {
  if (!media?.schema) return [];
  const cases: ExampleCase[] = Object.entries(media.examples ?? {}).map(([name, example]) => ({
    where: `${where} example ${name}`,
    schema: media.schema as object,
    value: resolveRef<ExampleObject>(doc, example).value,
  }));
  if (media.example !== undefined) cases.push({ where: `${where} example`, schema: media.schema, value: media.example });
  return cases;
}

const cases: ExampleCase[] = [];
for (const item of Object.values(doc.paths)) {
  for (const method of HTTP_METHODS) {
    const op = item[method];
    if (!op) continue;
    const requestBody = op.requestBody && resolveRef(doc, op.requestBody);
    cases.push(...casesOf(`${op.operationId} request`, requestBody?.content['application/json']));
    for (const [status, response] of Object.entries(op.responses)) {
      cases.push(...casesOf(`${op.operationId} ${status}`, resolveRef<ResponseObject>(doc, response).content?.['application/json']));
    }
  }
}

describe('every example in the bundled spec', () => {
  it('covers a request and a success response example for every body-bearing operation', () => {
    for (const item of Object.values(doc.paths)) {
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (!op) continue;
        if (op.requestBody) expect(cases.map((c) => c.where), op.operationId).toContainEqual(expect.stringMatching(new RegExp(`^${op.operationId} request example `)));
        const success = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
        const successBody = success && resolveRef<ResponseObject>(doc, success[1]).content;
        if (successBody) expect(cases.map((c) => c.where), op.operationId).toContainEqual(expect.stringMatching(new RegExp(`^${op.operationId} ${success[0]} example `)));
      }
    }
  });

  it.each(cases.map((c) => [c.where, c] as const))('%s validates against its schema, extra fields refused', (_where, { schema, value }) => {
    const validate = validatorFor(schema);
    const valid = validate(value);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the closed-object validator', () => {
  const table: { given: unknown; want: boolean }[] = [
    { given: { cloud_connection: { name: 'ok' } }, want: true },
    { given: { cloud_connection: { name: 'ok', colour: 'red' } }, want: false },
    { given: { cloud_connection: { description: 'a<b' } }, want: false },
    { given: {}, want: false },
  ];
  it.each(table)('UpdateCloudConnectionRequestBody $given → $want', ({ given, want }) => {
    expect(validatorFor({ $ref: '#/components/schemas/UpdateCloudConnectionRequestBody' })(given)).toBe(want);
  });
});
