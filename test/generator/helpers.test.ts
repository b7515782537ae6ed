import { describe, expect, it } from 'vitest';
import { cell, jsdoc } from '../../generator/helpers/index.js';
import { githubAnchor, methodNameOf, tsPropertyKey } from '../../generator/model/naming.js';
import { limitsText, typeLabel } from '../../generator/model/schema-text.js';
import type { SchemaObject } from '../../src/spec/document.js';

type Case<Given, Want> = [name: string, { given: Given; want: Want }];

describe('methodNameOf', () => {
  const cases: Case<string, string>[] = [
    ['PascalCase', { given: 'UpdateCloudConnection', want: 'updateCloudConnection' }],
    ['acronym inside', { given: 'CreateP2PSiteNetwork', want: 'createP2PSiteNetwork' }],
    ['short', { given: 'ListTags', want: 'listTags' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(methodNameOf(given)).toBe(want));
});

describe('githubAnchor', () => {
  const cases: Case<string, string>[] = [
    ['section name', { given: 'Cloud Connections', want: 'cloud-connections' }],
    ['hyphens kept', { given: 'Site-to-site Connection Management', want: 'site-to-site-connection-management' }],
    ['colon dropped', { given: 'Historical APIs: Tag Management', want: 'historical-apis-tag-management' }],
    ['operationId', { given: 'UpdateCloudConnection', want: 'updatecloudconnection' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(githubAnchor(given)).toBe(want));
});

describe('tsPropertyKey', () => {
  const cases: Case<string, string>[] = [
    ['identifier', { given: 'domain_id', want: 'domain_id' }],
    ['hyphenated', { given: 'dry-run', want: '"dry-run"' }],
    ['leading digit', { given: '95th', want: '"95th"' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(tsPropertyKey(given)).toBe(want));
});

describe('typeLabel', () => {
  const cases: Case<SchemaObject, string>[] = [
    ['plain', { given: { type: 'string' }, want: 'string' }],
    ['format', { given: { type: 'integer', format: 'int32' }, want: 'integer (int32)' }],
    ['enum', { given: { type: 'string', enum: ['asc', 'desc'] }, want: '"asc" \\| "desc"' }],
    ['array of refs', { given: { type: 'array', items: { $ref: '#/components/schemas/Tag' } }, want: 'Tag[]' }],
    ['ref', { given: { $ref: '#/components/schemas/CloudConnection' }, want: 'CloudConnection' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(typeLabel(given)).toBe(want));
});

describe('limitsText', () => {
  const cases: Case<SchemaObject, string>[] = [
    ['none', { given: { type: 'string' }, want: '' }],
    ['length range', { given: { type: 'string', minLength: 1, maxLength: 64 }, want: '1–64 characters' }],
    ['max only', { given: { type: 'string', maxLength: 36 }, want: 'at most 36 characters' }],
    ['number with default', { given: { type: 'integer', minimum: 1, maximum: 1000, default: 1000 }, want: '1–1000; default `1000`' }],
    ['pattern', { given: { type: 'string', maxLength: 255, pattern: '^[^<>]*$' }, want: 'at most 255 characters; matches `^[^<>]*$`' }],
    ['array', { given: { type: 'array', minItems: 1, maxItems: 20, items: { type: 'string', maxLength: 64 } }, want: '1–20 items; at most 64 characters each' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(limitsText(given)).toBe(want));
});

describe('jsdoc', () => {
  const cases: Case<[string, string], string>[] = [
    ['one line', { given: ['Lists things.', ''], want: ' * Lists things.' }],
    ['blank line kept bare', { given: ['a\n\nb', '  '], want: '   * a\n   *\n   * b' }],
    ['terminator defused', { given: ['ends */ here', ''], want: ' * ends *\\/ here' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(jsdoc(...given)).toBe(want));
});

describe('cell', () => {
  const cases: Case<string, string>[] = [
    ['empty', { given: '', want: '—' }],
    ['pipe escaped', { given: 'a | b', want: 'a \\| b' }],
    ['already escaped pipe kept', { given: '"a" \\| "b"', want: '"a" \\| "b"' }],
    ['newlines folded', { given: 'one\ntwo', want: 'one two' }],
  ];
  it.each(cases)('%s', (_name, { given, want }) => expect(cell(given)).toBe(want));
});
