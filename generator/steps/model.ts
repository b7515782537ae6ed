import type { Step } from '../context.js';
import { BuildError } from '../context.js';
import { githubAnchor, methodNameOf, tsPropertyKey } from '../model/naming.js';
import { bodyFieldsOf } from '../model/body-fields.js';
import { buildCliTable } from '../model/cli.js';
import { readerOrder, sampleOf, type DraftOperation } from '../model/samples.js';
import { limitsText, typeLabel } from '../model/schema-text.js';
import type { Example, Operation, Param, Section, ViewModel } from '../model/types.js';
import {
  createSpecModel,
  SpecError,
  type NamedExample,
  type OpenApiDocument,
  type SchemaObject,
  type SpecModel,
  type SpecOperation,
  type SpecParameter,
} from '../../src/spec/index.js';

/** Filled in by the client from its configuration, so never an argument of an operation method. */
const DOMAIN_ID = 'domain_id';

function exampleOf(example: NamedExample, kind: Example['kind'], status: string | null): Example {
  return { name: example.name, summary: example.summary, kind, status, jsonText: JSON.stringify(example.value, null, 2), value: example.value };
}

function paramOf(operationId: string, param: SpecParameter): Param {
  if (param.in !== 'path' && param.in !== 'query') {
    throw new BuildError(`${operationId}: parameter "${param.name}" is in ${param.in}; only path and query parameters are supported (auth headers are security schemes).`);
  }
  const location = param.in === 'path' ? `['parameters']['path']` : `['parameters']['query']`;
  const container = `operations['${operationId}']${location}`;
  return {
    name: param.name,
    tsKey: tsPropertyKey(param.name),
    in: param.in,
    required: param.required,
    description: (param.raw.description ?? '').trim(),
    type: typeLabel(param.schema as SchemaObject),
    limits: limitsText(param.resolved),
    tsType: param.in === 'path' ? `${container}['${param.name}']` : `NonNullable<${container}>['${param.name}']`,
  };
}

/** The view of one operation of the spec model: names, type expressions and texts for the templates. */
function operationOf(doc: OpenApiDocument, spec: SpecOperation): DraftOperation {
  const { operationId, path, raw: op } = spec;
  const section = spec.section;
  if (!section) throw new BuildError(`${operationId}: an operation needs a tag naming its section.`);
  const params = spec.parameters.map((p) => paramOf(operationId, p));
  const pathOrder = spec.segments.filter((s) => s.startsWith('{')).map((s) => s.slice(1, -1));
  const pathParams = params
    .filter((p) => p.in === 'path' && p.name !== DOMAIN_ID)
    .sort((a, b) => pathOrder.indexOf(a.name) - pathOrder.indexOf(b.name));
  const queryParams = params.filter((p) => p.in === 'query');
  const clash = pathParams.find((p) => queryParams.some((q) => q.name === p.name));
  if (clash) throw new BuildError(`${operationId}: "${clash.name}" is both a path and a query parameter; the flat arguments object cannot hold both.`);

  const body = spec.body
    ? {
        required: spec.body.required,
        schemaName: typeLabel(spec.body.schema as SchemaObject),
        tsType: `NonNullable<operations['${operationId}']['requestBody']>['content']['application/json']`,
        fields: bodyFieldsOf(doc, spec.body.schema as SchemaObject),
      }
    : null;
  const schemaNameOf = (schema: unknown) => (schema ? typeLabel(schema as SchemaObject) : null);
  const responses = spec.responses.map((r) => ({
    status: String(r.status),
    description: r.description,
    schemaName: schemaNameOf(r.schema),
    errorCode: (r.example as { error_code?: string } | undefined)?.error_code ?? '',
  }));
  const success = {
    status: spec.success.status,
    description: spec.success.description,
    schemaName: schemaNameOf(spec.success.schema),
    fields: bodyFieldsOf(doc, spec.success.schema as SchemaObject | undefined),
  };
  const examples = [
    ...(spec.body?.examples ?? []).map((e) => exampleOf(e, 'request', null)),
    ...spec.success.examples.map((e) => exampleOf(e, 'response', String(spec.success.status))),
  ];
  const resultType = success.schemaName
    ? `operations['${operationId}']['responses'][${success.status}]['content']['application/json']`
    : 'void';

  return {
    operationId,
    methodName: methodNameOf(operationId),
    method: spec.method,
    path,
    section,
    sectionSlug: githubAnchor(section),
    anchor: githubAnchor(operationId),
    summary: op.summary,
    description: (op.description ?? '').trim(),
    docsUrl: op.externalDocs?.url ?? '',
    deprecated: op.deprecated === true,
    usesDomainId: pathOrder.includes(DOMAIN_ID),
    pathParams,
    queryParams,
    params: [...pathParams, ...queryParams],
    argsRequired: pathParams.length > 0 || queryParams.some((p) => p.required) || body?.required === true,
    body,
    success,
    responses,
    examples,
    resultType,
    pagination: spec.pagination,
    // Waiters poll, so only reads qualify: polling a create or update would repeat it.
    state: spec.method === 'GET' ? spec.state : null,
    tokenOnly: op.security !== undefined && op.security.length > 0 && op.security.every((requirement) => Object.keys(requirement).join() === 'IamToken'),
    rawParams: spec.parameters.map((p) => p.raw),
  };
}

function specModelOf(doc: OpenApiDocument): SpecModel {
  try {
    return createSpecModel(doc);
  } catch (error) {
    if (error instanceof SpecError) throw new BuildError(error.message);
    throw error;
  }
}

export function buildViewModel(doc: OpenApiDocument, spec: SpecModel = specModelOf(doc)): ViewModel {
  const drafts = spec.operations.map((op) => operationOf(doc, op));
  const gets = drafts.filter((d) => d.method === 'GET');
  const server = doc.servers?.[0]?.url ?? '';
  // The command table comes first: the CLI samples are written with its commands and flags.
  const cli = buildCliTable(spec, { operations: drafts, sections: (doc.tags ?? []).map((tag) => ({ name: tag.name, description: (tag.description ?? '').trim() })) });
  const commands = new Map(cli.commands.map((command) => [command.operationId, command]));
  const operations: Operation[] = drafts.map(({ tokenOnly, rawParams, ...op }) => ({ ...op, sample: sampleOf(doc, { ...op, tokenOnly, rawParams }, gets, commands.get(op.operationId)!) }));
  operations.sort((a, b) => (a.operationId < b.operationId ? -1 : 1));
  const sections: Section[] = (doc.tags ?? []).map((tag) => ({
    name: tag.name,
    slug: githubAnchor(tag.name),
    description: (tag.description ?? '').trim(),
    operations: operations.filter((op) => op.section === tag.name).sort(readerOrder),
  }));
  const untagged = operations.find((op) => !sections.some((s) => s.name === op.section));
  if (untagged) throw new BuildError(`${untagged.operationId}: its tag "${untagged.section}" is not declared in the root's tags.`);
  return {
    title: doc.info.title,
    version: doc.info.version,
    docsEdition: doc.info['x-huawei-docs-edition'] ?? '',
    server,
    sections,
    operations,
    cli,
  };
}

/** Turns the bundled spec into the view model templates are rendered from. */
export const model: Step = {
  name: 'model',
  async run(ctx) {
    if (!ctx.bundle) throw new BuildError('model: the bundle step has not run');
    ctx.spec = specModelOf(ctx.bundle);
    ctx.model = buildViewModel(ctx.bundle, ctx.spec);
  },
};
