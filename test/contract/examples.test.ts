import { describe, expect, it } from 'vitest';
import type { NamedExample, Schema } from '../../src/spec/index.js';
import { createSchemaValidator, loadSpecModel } from '../support/spec.js';

const spec = loadSpecModel();
const validatorFor = createSchemaValidator(spec.doc, { closed: true });

interface ExampleCase {
  where: string;
  schema: object;
  value: unknown;
}

function casesOf(where: string, media: { schema?: Schema; examples: NamedExample[]; example?: unknown } | undefined): ExampleCase[] {
  if (!media?.schema) return [];
  const { schema } = media;
  const cases: ExampleCase[] = media.examples.map(({ name, value }) => ({ where: `${where} example ${name}`, schema, value }));
  if (media.example !== undefined) cases.push({ where: `${where} example`, schema, value: media.example });
  return cases;
}

const cases: ExampleCase[] = spec.operations.flatMap((op) => [
  ...casesOf(`${op.operationId} request`, op.body),
  ...op.responses.flatMap((response) => casesOf(`${op.operationId} ${response.status}`, response)),
]);

describe('every example in the bundled spec', () => {
  it.each(spec.operations.map((op) => [op.operationId, op] as const))('%s has a request and a success response example where it has bodies', (operationId, op) => {
    const where = cases.map((c) => c.where);
    if (op.body) expect(where).toContainEqual(expect.stringMatching(new RegExp(`^${operationId} request example `)));
    if (op.success.schema) expect(where).toContainEqual(expect.stringMatching(new RegExp(`^${operationId} ${op.success.status} example `)));
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
