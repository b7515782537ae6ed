import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { BuildContext, Step } from '../context.js';
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

export async function renderTemplate(handlebars: typeof Handlebars, name: string, view: object, dir = templatesDir): Promise<string> {
  const source = await readFile(path.join(dir, name), 'utf8');
  // noEscape: the output is code and Markdown, not HTML; strict: a field missing from the view model fails the build.
  const template = handlebars.compile(source, { noEscape: true, strict: true });
  return template(view);
}

/** Every file handlebars produces, keyed by its path under generated/. */
export async function renderAll(model: ViewModel, dir = templatesDir): Promise<Map<string, string>> {
  const handlebars = await createRenderer(dir);
  const out = new Map<string, string>();
  const code = generatedHeader('//');
  const md = generatedHeader('<!--');
  out.set('client.gen.ts', code + (await renderTemplate(handlebars, 'client.gen.ts.hbs', model, dir)));
  out.set('docs/index.md', md + (await renderTemplate(handlebars, 'docs/index.md.hbs', model, dir)));
  for (const section of model.sections) {
    const view: { model: ViewModel; section: Section } = { model, section };
    out.set(`docs/${section.slug}.md`, md + (await renderTemplate(handlebars, 'docs/section.md.hbs', view, dir)));
  }
  out.set('README.md', md + (await renderTemplate(handlebars, 'README.md.hbs', model, dir)));
  return out;
}

/** Renders the client wrappers and Markdown docs from the view model. */
export const render: Step = {
  name: 'render',
  async run(ctx: BuildContext) {
    if (!ctx.model) throw new BuildError('render: the model step has not run');
    for (const [file, content] of await renderAll(ctx.model)) ctx.files.set(file, content);
  },
};
