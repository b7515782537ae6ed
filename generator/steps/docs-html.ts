import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { BuildContext, Step } from '../context.js';
import { BuildError } from '../context.js';
import type { HttpMethod, OpenApiDocument } from '../../src/spec/index.js';
import { runRedocly } from './redocly.js';

/** The bundle the HTML is built from: the spec plus each operation's code samples, which openapi/ does not carry. */
export function withCodeSamples(ctx: BuildContext): OpenApiDocument {
  if (!ctx.bundle || !ctx.spec) throw new BuildError('docs-html: the bundle and model steps have not run');
  const doc = structuredClone(ctx.bundle);
  for (const { path, method, operationId } of ctx.spec.operations) {
    const op = doc.paths[path]?.[method.toLowerCase() as HttpMethod];
    const samples = ctx.samples.get(operationId);
    if (op && samples) {
      // Redoc lists only the languages openapi/redocly.yaml declares under openapi.codeSamples.
      op['x-codeSamples'] = [
        { lang: 'TypeScript', label: 'TypeScript', source: samples.typescript },
        { lang: 'Shell', label: 'curl', source: samples.curl },
        { lang: 'Shell', label: CLI_LABEL, source: samples.cli },
      ];
    }
  }
  return doc;
}

const docsInputs = new WeakMap<BuildContext, string>();

/** `withCodeSamples` as the JSON build-docs reads: made once per build, for the step's cache key and its run. */
export function docsInput(ctx: BuildContext): string {
  let text = docsInputs.get(ctx);
  if (text === undefined) {
    text = JSON.stringify(withCodeSamples(ctx));
    docsInputs.set(ctx, text);
  }
  return text;
}

/** The label of the CLI's sample, which openapi/redocly.yaml (the spec's own config) does not list. */
const CLI_LABEL = 'cloud-connect';

/**
 * Redoc shows only the code sample languages its config lists: the project's config plus the CLI's sample, after
 * curl. Its `lang` must be one Redocly's config schema knows; Redoc matches a sample to its tab by `label`.
 */
async function docsConfig(ctx: BuildContext): Promise<string> {
  const config = parse(await readFile(path.resolve(ctx.root, ctx.redoclyConfig), 'utf8')) as {
    apis?: unknown;
    openapi?: { codeSamples?: { languages?: { lang: string; label: string }[] } };
  };
  const languages = config.openapi?.codeSamples?.languages;
  if (!languages) throw new BuildError(`docs-html: ${ctx.redoclyConfig} lists no openapi.codeSamples.languages, so the HTML reference would show no samples.`);
  const curl = languages.findIndex((l) => l.label === 'curl');
  languages.splice(curl + 1, 0, { lang: 'curl', label: CLI_LABEL });
  // build-docs is given its input; the apis' relative roots would not resolve from the scratch folder.
  delete config.apis;
  const file = path.join(ctx.scratchDir, 'redocly-docs.yaml');
  await writeFile(file, stringify(config));
  return file;
}

/** Redoc's attribution badge loads its logo from Redocly's CDN; a local image keeps the page off the network. */
const CDN_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
const LOCAL_LOGO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11" fill="#0044d4">Redocly</text></svg>')}`;

function withoutRemoteAssets(html: string): string {
  let local = html;
  for (const url of CDN_LOGOS) {
    if (!local.includes(url)) throw new BuildError(`docs-html: Redoc no longer references ${url}; check the page for new remote assets (test/docs/html.test.ts).`);
    local = local.replaceAll(url, LOCAL_LOGO);
  }
  return local;
}

/**
 * The browsable reference: `generated/docs/index.html`, one self-contained page (Redoc inlined, no CDN,
 * no web fonts), so it works opened from disk with no network.
 */
export const docsHtml: Step = {
  name: 'docs-html',
  async run(ctx) {
    const input = path.join(ctx.scratchDir, 'docs-openapi.json');
    const output = path.join(ctx.scratchDir, 'index.html');
    await writeFile(input, docsInput(ctx));
    const template = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'templates', 'docs', 'redoc.html.hbs');
    // As in bundle: the config is the lint step's to check (build-docs would only print warnings nobody reads).
    const args = ['build-docs', input, '--output', output, '--inlineBundle', '--template', template, '--title', ctx.bundle!.info.title, '--lint-config', 'off'];
    await runRedocly(ctx, args, await docsConfig(ctx));
    ctx.files.set('docs/index.html', withoutRemoteAssets(await readFile(output, 'utf8')));
  },
};
