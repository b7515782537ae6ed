import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { BuildContext, CodeSamples, Step } from '../context.js';
import { BuildError } from '../context.js';
import { registerHelpers } from '../helpers/index.js';
import type { Section, ViewModel } from '../model/types.js';
import { generatedHeader } from './header.js';

const templatesDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'templates');

export async function createRenderer(dir = templatesDir): Promise<typeof Handlebars> {
  const handlebars = Handlebars.create();
  registerHelpers(handlebars);
  const partialsDir = path.join(dir, 'partials');
  for (const file of (await readdir(partialsDir)).sort()) {
    handlebars.registerPartial(path.basename(file, '.hbs'), await readFile(path.join(partialsDir, file), 'utf8'));
  }
  return handlebars;
}

/** Each template is read and compiled once per renderer: the sample templates are rendered for every operation. */
const compiled = new WeakMap<typeof Handlebars, Map<string, Promise<HandlebarsTemplateDelegate>>>();

export async function renderTemplate(handlebars: typeof Handlebars, name: string, view: object, dir = templatesDir): Promise<string> {
  let templates = compiled.get(handlebars);
  if (templates === undefined) compiled.set(handlebars, (templates = new Map()));
  const file = path.join(dir, name);
  let template = templates.get(file);
  if (template === undefined) {
    // noEscape: the output is code and Markdown, not HTML; strict: a field missing from the view model fails the build.
    template = readFile(file, 'utf8').then((source) => handlebars.compile(source, { noEscape: true, strict: true }));
    templates.set(file, template);
  }
  return (await template)(view);
}

/** The TypeScript, curl and `cloud-connect` samples of every operation, by operationId. */
export async function renderSamples(model: ViewModel, dir = templatesDir): Promise<Map<string, CodeSamples>> {
  const handlebars = await createRenderer(dir);
  const samples = new Map<string, CodeSamples>();
  for (const op of model.operations) {
    const view = op;
    samples.set(op.operationId, {
      typescript: await renderTemplate(handlebars, 'samples/typescript.ts.hbs', view, dir),
      curl: await renderTemplate(handlebars, 'samples/curl.sh.hbs', view, dir),
      cli: await renderTemplate(handlebars, 'samples/cli.sh.hbs', view, dir),
    });
  }
  return samples;
}

/** Every file handlebars produces, keyed by its path under generated/. */
export async function renderAll(model: ViewModel, samples: Map<string, CodeSamples>, dir = templatesDir): Promise<Map<string, string>> {
  const handlebars = await createRenderer(dir);
  const out = new Map<string, string>();
  const code = generatedHeader('//');
  const md = generatedHeader('<!--');
  out.set('client.gen.ts', code + (await renderTemplate(handlebars, 'client.gen.ts.hbs', model, dir)));
  out.set('docs/index.md', md + (await renderTemplate(handlebars, 'docs/index.md.hbs', model, dir)));
  for (const section of model.sections) {
    const operations = section.operations.map((op) => ({ ...op, samples: samples.get(op.operationId)! }));
    const view: { model: ViewModel; section: Section } = { model, section: { ...section, operations } };
    out.set(`docs/${section.slug}.md`, md + (await renderTemplate(handlebars, 'docs/section.md.hbs', view, dir)));
  }
  const waitable = model.operations.filter((op) => op.state).map((op) => op.operationId);
  out.set('docs/guide.md', md + (await renderTemplate(handlebars, 'docs/guide.md.hbs', { waitable }, dir)));
  out.set('README.md', md + (await renderTemplate(handlebars, 'README.md.hbs', model, dir)));
  return out;
}

/** Renders the client wrappers and Markdown docs from the view model. */
export const render: Step = {
  name: 'render',
  async run(ctx: BuildContext) {
    if (!ctx.model) throw new BuildError('render: the model step has not run');
    for (const [id, samples] of await renderSamples(ctx.model)) ctx.samples.set(id, samples);
    for (const [file, content] of await renderAll(ctx.model, ctx.samples)) ctx.files.set(file, content);
  },
};
