/**
 * The Conformer over a small document of its own: which members an answer keeps (projection) and how an item
 * the schema refuses is repaired (dropped when optional, synthesised when required), case by case.
 */
import { describe, expect, it } from 'vitest';
import { Conformer } from '../../src/emulator/conform.js';
import { Validators } from '../../src/emulator/validation.js';
import { SchemaReader, type Schema } from '../../src/spec/index.js';
import { documentWithSchemas } from './support/documents.js';

const NOW = Date.UTC(2026, 0, 2, 3, 4, 5);

const doc = documentWithSchemas({
  Thing: {
    type: 'object',
    required: ['id', 'size'],
    properties: {
      id: { type: 'string' },
      size: { type: 'integer', minimum: 5 },
      note: { type: 'string', maxLength: 3 },
      'a/b~c': { type: 'string', maxLength: 1 },
      inner: { $ref: '#/components/schemas/Inner' },
      list: { type: 'array', items: { $ref: '#/components/schemas/Inner' } },
      free: {},
    },
  },
  Inner: {
    type: 'object',
    required: ['state'],
    properties: { state: { type: 'string', enum: ['A', 'B'] }, label: { type: 'string' } },
  },
  Cat: { type: 'object', required: ['kind', 'meow'], properties: { kind: { const: 'cat' }, meow: { type: 'boolean' } } },
  Dog: { type: 'object', required: ['kind', 'bark'], properties: { kind: { const: 'dog' }, bark: { type: 'integer', minimum: 1 } } },
  Pet: {
    oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
    discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } },
  },
  AnyPet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }] },
  Deep: {
    type: 'object',
    required: ['level1'],
    properties: { level1: { type: 'object', required: ['level2'], properties: { level2: { type: 'object', required: ['leaf'], properties: { leaf: { type: 'string', minLength: 2 } } } } } },
  },
  // Refused as a whole (too many members) while members inside it are refused too: one pass meets both.
  Outer: { type: 'object', properties: { keep: { type: 'string' }, box: { $ref: '#/components/schemas/Box' } } },
  Box: {
    type: 'object',
    maxProperties: 1,
    required: ['must'],
    properties: { must: { type: 'string' }, deep: { type: 'object', properties: { leaf: { type: 'string', maxLength: 1 } } }, other: {} },
  },
  // A refusal of the item itself, which no repair of a member can lift. The member named `undefined` is what a
  // repair keyed by a missing path segment would hit.
  Capped: { type: 'object', maxProperties: 1, properties: { a: { type: 'string' }, undefined: { type: 'string' } } },
});

const reader = new SchemaReader(doc);
const validators = new Validators(doc);
const conformer = new Conformer(reader, validators);
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

describe('project', () => {
  it.each<{ given: string; schema: string; value: unknown; want: unknown }>([
    { given: 'drops members the schema does not name, at every depth', schema: 'Thing', value: { id: 'x', size: 5, secret: 1, inner: { state: 'A', secret: 2 } }, want: { id: 'x', size: 5, inner: { state: 'A' } } },
    { given: 'projects each item of an array', schema: 'Thing', value: { list: [{ state: 'A', x: 1 }, { label: 'l', y: 2 }] }, want: { list: [{ state: 'A' }, { label: 'l' }] } },
    { given: 'keeps a member whose schema names nothing whole', schema: 'Thing', value: { free: { any: { thing: 1 } } }, want: { free: { any: { thing: 1 } } } },
    { given: 'keeps a scalar', schema: 'Thing', value: 7, want: 7 },
    { given: 'keeps an array the schema does not call one', schema: 'Thing', value: [1, 2], want: [1, 2] },
    { given: 'follows the discriminator', schema: 'Pet', value: { kind: 'dog', bark: 2, meow: true }, want: { kind: 'dog', bark: 2 } },
    { given: 'without one, the first alternative the value satisfies', schema: 'AnyPet', value: { kind: 'dog', bark: 2, meow: true }, want: { kind: 'dog', bark: 2 } },
    { given: 'else the first alternative', schema: 'AnyPet', value: { kind: 'fish', bark: 2, meow: true }, want: { kind: 'fish', meow: true } },
    { given: 'keeps null, as a member or whole', schema: 'Thing', value: { id: null, inner: null, list: [null] }, want: { id: null, inner: null, list: [null] } },
    { given: 'null for an object schema stays null', schema: 'Inner', value: null, want: null },
  ])('$given', ({ schema, value, want }) => {
    expect(conformer.project(value, ref(schema))).toEqual(want);
  });
});

describe('conform', () => {
  it.each<{ given: string; schema: string; item: Record<string, unknown>; want: unknown }>([
    { given: 'a valid item is only projected', schema: 'Thing', item: { id: 'x', size: 9, note: 'abc', extra: 1 }, want: { id: 'x', size: 9, note: 'abc' } },
    { given: 'missing required members are synthesised from their schema', schema: 'Thing', item: {}, want: { id: '', size: 5 } },
    { given: 'an optional member the schema refuses is dropped', schema: 'Thing', item: { id: 'x', size: 9, note: 'too long' }, want: { id: 'x', size: 9 } },
    { given: 'a required member the schema refuses is replaced', schema: 'Thing', item: { id: 'x', size: 1 }, want: { id: 'x', size: 5 } },
    { given: 'a member whose name needs escaping in a JSON pointer', schema: 'Thing', item: { id: 'x', size: 9, 'a/b~c': 'long' }, want: { id: 'x', size: 9 } },
    { given: 'a nested required member is synthesised', schema: 'Thing', item: { id: 'x', size: 9, inner: { label: 'l' } }, want: { id: 'x', size: 9, inner: { label: 'l', state: 'A' } } },
    { given: 'a nested required member refused is replaced', schema: 'Thing', item: { id: 'x', size: 9, inner: { state: 'Z' } }, want: { id: 'x', size: 9, inner: { state: 'A' } } },
    { given: 'inside an array too', schema: 'Thing', item: { id: 'x', size: 9, list: [{ state: 'B' }, { state: 'Q', label: 'l' }, {}] }, want: { id: 'x', size: 9, list: [{ state: 'B' }, { state: 'A', label: 'l' }, { state: 'A' }] } },
    { given: 'an array item the schema refuses is replaced', schema: 'Thing', item: { id: 'x', size: 9, list: [{ state: 'A' }, 'junk'] }, want: { id: 'x', size: 9, list: [{ state: 'A' }, { state: 'A' }] } },
    { given: 'a missing member is synthesised with its own required members', schema: 'Deep', item: {}, want: { level1: { level2: { leaf: 'xx' } } } },
    { given: 'a deep value refused is replaced', schema: 'Deep', item: { level1: { level2: { leaf: 'x' } } }, want: { level1: { level2: { leaf: 'xx' } } } },
    { given: 'the discriminated alternative is completed', schema: 'Pet', item: { kind: 'dog' }, want: { kind: 'dog', bark: 1 } },
    {
      given: 'an optional member refused whole is dropped, and the refusals inside it with it',
      schema: 'Outer',
      item: { keep: 'k', box: { deep: { leaf: 'long' }, other: 1 } },
      want: { keep: 'k' },
    },
  ])('$given', ({ schema, item, want }) => {
    expect(conformer.conform(structuredClone(item), ref(schema), NOW)).toEqual(want);
  });

  /** The document's validators, counting the validations of one conform call; a runaway loop fails at once. */
  function countingValidators(): { validators: Validators; count: () => number } {
    let calls = 0;
    const counting = {
      schema(schema: Schema) {
        const validate = validators.schema(schema);
        const counted = (value: unknown) => {
          calls += 1;
          if (calls > 20) throw new Error('conform validated the item 20 times: its repair loop does not end');
          return validate(value);
        };
        Object.defineProperty(counted, 'errors', { get: () => validate.errors });
        return counted;
      },
    } as unknown as Validators;
    return { validators: counting, count: () => calls };
  }

  // An item no repair can fix goes here only: a loop that does not end fails this test at once instead of hanging.
  it.each<{ given: string; schema: string; item: Record<string, unknown>; want: unknown; passes: number }>([
    { given: 'a valid item: one validation', schema: 'Thing', item: { id: 'x', size: 9 }, want: { id: 'x', size: 9 }, passes: 1 },
    { given: 'a refused required member is replaced in one pass', schema: 'Thing', item: { id: 'x', size: 1 }, want: { id: 'x', size: 5 }, passes: 2 },
    {
      given: 'a refused required member deep down is replaced in one pass',
      schema: 'Deep',
      item: { level1: { level2: { leaf: 'x' } } },
      want: { level1: { level2: { leaf: 'xx' } } },
      passes: 2,
    },
    { given: 'a refusal of the item itself, which no repair can lift, is given up after 4 passes, every member as it was', schema: 'Capped', item: { a: 'x', undefined: 'y' }, want: { a: 'x', undefined: 'y' }, passes: 4 },
  ])('$given', ({ schema, item, want, passes }) => {
    const { validators, count } = countingValidators();
    expect(new Conformer(reader, validators).conform(structuredClone(item), ref(schema), NOW)).toEqual(want);
    expect(count()).toBe(passes);
  });

  it('does not change the item it was given', () => {
    const item = { id: 'x', size: 1, inner: { state: 'Z' } };
    conformer.conform(item, ref('Thing'), NOW);
    expect(item).toEqual({ id: 'x', size: 1, inner: { state: 'Z' } });
  });
});
