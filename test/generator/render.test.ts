import { rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext, type BuildContext } from '../../generator/context.js';
import { bundle } from '../../generator/steps/bundle.js';
import { model } from '../../generator/steps/model.js';
import { render } from '../../generator/steps/render.js';
import { types } from '../../generator/steps/types.js';
import { root } from '../support/spec.js';

const fixture = path.join(root, 'test', 'fixtures', 'tiny');
let ctx: BuildContext;

beforeAll(async () => {
  ctx = createContext({ root: fixture, specEntry: 'openapi.yaml', redoclyConfig: 'redocly.yaml' });
  try {
    for (const step of [bundle, types, model, render]) await step.run(ctx);
  } finally {
    await rm(path.join(fixture, '.tmp'), { recursive: true, force: true });
  }
});

describe('the view model of the tiny fixture', () => {
  it('describes UpdateWidget for the templates', () => {
    const op = ctx.model!.operations.find((o) => o.operationId === 'UpdateWidget')!;
    expect({
      methodName: op.methodName,
      method: op.method,
      usesDomainId: op.usesDomainId,
      pathParams: op.pathParams.map((p) => [p.name, p.tsKey, p.required, p.limits]),
      queryParams: op.queryParams.map((p) => [p.name, p.tsKey, p.required, p.type, p.limits]),
      argsRequired: op.argsRequired,
      body: op.body,
      success: op.success,
      responses: op.responses.map((r) => [r.status, r.schemaName, r.errorCode]),
      examples: op.examples.map((e) => [e.name, e.kind, e.status]),
    }).toEqual({
      methodName: 'updateWidget',
      method: 'PUT',
      usesDomainId: true,
      pathParams: [['widget_id', 'widget_id', true, 'at most 36 characters']],
      queryParams: [
        ['dry-run', '"dry-run"', false, 'boolean', ''],
        ['colour', 'colour', false, '("red" \\| "blue")[]', 'at most 3 items'],
      ],
      argsRequired: true,
      body: {
        required: true,
        schemaName: 'UpdateWidgetRequestBody',
        tsType: "NonNullable<operations['UpdateWidget']['requestBody']>['content']['application/json']",
        fields: [
          { path: 'widget', type: 'object', required: true, limits: '', description: '', deprecated: false },
          { path: 'widget.size', type: 'integer', required: false, limits: '1–9', description: '', deprecated: false },
        ],
      },
      success: {
        status: 200,
        description: 'The widget after the change.',
        schemaName: 'WidgetResponseBody',
        fields: [
          { path: 'widget', type: 'object', required: true, limits: '', description: 'The widget as stored.', deprecated: false },
          { path: 'widget.id', type: 'string', required: false, limits: '', description: '', deprecated: false },
          { path: 'widget.size', type: 'integer', required: false, limits: '', description: '', deprecated: false },
          { path: 'widget.parts', type: 'Part[]', required: false, limits: '', description: 'What the widget is made of.', deprecated: false },
          { path: 'widget.parts[].name', type: 'string', required: true, limits: 'at most 8 characters', description: 'Name of the part | unique within the widget.', deprecated: false },
        ],
      },
      responses: [
        ['200', 'WidgetResponseBody', ''],
        ['404', 'ErrorResponse', 'W.404'],
      ],
      examples: [
        ['UpdateWidgetRequest', 'request', null],
        ['UpdateWidgetResponse', 'response', '200'],
      ],
    });
  });

  it('marks DeleteWidget deprecated, with no arguments object required and a void result', () => {
    const op = ctx.model!.operations.find((o) => o.operationId === 'DeleteWidget')!;
    expect([op.deprecated, op.argsRequired, op.resultType, op.success.status]).toEqual([true, true, 'void', 204]);
  });

  it("gives the command line's table from the spec model; a parameter named like a global option takes its location as a prefix", () => {
    const update = ctx.model!.cli.commands.find((c) => c.operationId === 'UpdateWidget')!;
    expect({
      sections: ctx.model!.cli.sections,
      update: [update.section, update.name, update.body, update.wait],
      flags: update.flags.map((f) => [f.flag, f.key, f.in, f.type, f.array ?? false, f.required ?? false, f.alias ?? '', f.enum ?? []]),
    }).toEqual({
      sections: [{ name: 'widgets', title: 'Widgets', description: 'Things with a size.' }],
      update: ['widgets', 'update', 'required', undefined],
      flags: [
        ['widget-id', 'widget_id', 'path', 'string', false, true, '', []],
        ['query-dry-run', 'dry-run', 'query', 'boolean', false, false, '', []],
        ['colour', 'colour', 'query', 'string', true, false, '', ['red', 'blue']],
        ['widget.size', 'widget.size', 'body', 'integer', false, false, 'size', []],
      ],
    });
  });

  it('groups operations by tag, in the order a reader walks a resource (delete last)', () => {
    expect(ctx.model!.sections.map((s) => [s.slug, s.operations.map((o) => o.operationId)])).toEqual([['widgets', ['UpdateWidget', 'DeleteWidget']]]);
  });
});

describe('rendered files of the tiny fixture', () => {
  const files = ['client.gen.ts', 'schema.d.ts', 'docs/index.md', 'docs/guide.md', 'docs/widgets.md', 'README.md'];
  it('renders exactly these files besides the bundle', () => {
    expect([...ctx.files.keys()].filter((f) => !f.startsWith('openapi.')).sort()).toEqual([...files].sort());
  });
  it.each(files)('%s matches its snapshot', async (file) => {
    await expect(ctx.files.get(file)).toMatchFileSnapshot(path.join('__snapshots__', 'tiny', file));
  });
});
