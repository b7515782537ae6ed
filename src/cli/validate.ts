import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { ErrorObject } from 'ajv';
import type { CallArgs } from './args.js';
import type { CliCommand, CliFlag } from './table.js';
import { UsageError } from './errors.js';
import { generatedFile, operationSchemas, reachableComponents } from './spec.js';

const SPEC_ID = 'https://cloud-connect-kit.local/cli/openapi.json';

/** Points the spec's `#/components/...` references at the copy registered with ajv. */
function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema ?? {}).replace(/"#\/components\//g, `"${SPEC_ID}#/components/`));
}

/** The flag a schema error is about: the longest flag key that prefixes the error's location. */
function flagAt(command: CliCommand, where: 'params' | 'body', location: string[]): { flag?: CliFlag; rest: string } {
  const dotted = location.join('.');
  const candidates = command.flags.filter((f) => (where === 'body') === (f.in === 'body') && (dotted === f.key || dotted.startsWith(`${f.key}.`)));
  const flag = candidates.sort((a, b) => b.key.length - a.key.length)[0];
  return { flag, rest: flag ? dotted.slice(flag.key.length).replace(/^\./, '') : dotted };
}

function describe(command: CliCommand, where: 'params' | 'body', error: ErrorObject, data: unknown): string {
  const location = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') location.push(String(error.params.missingProperty));
  // Array items are reported at `/status/0`: the flag is the array's.
  const keyPath = location.filter((part) => !/^\d+$/.test(part));
  const { flag, rest } = flagAt(command, where, keyPath);
  const name = flag ? `--${flag.flag}${rest ? ` (at ${rest})` : ''}` : where === 'body' ? `body field ${keyPath.join('.') || '(root)'}` : `--${keyPath.join('.')}`;
  const value = location.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
  const got = error.keyword === 'required' || value === undefined ? '' : `; got ${JSON.stringify(value)}`;
  switch (error.keyword) {
    case 'required':
      return `${name} is required${flag?.enum && !rest ? `: one of ${flag.enum.join(', ')}` : ''}`;
    case 'enum':
      return `${name} must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}${got}`;
    case 'additionalProperties':
      return `${name} has a field the spec does not know: "${String(error.params.additionalProperty)}"`;
    case 'pattern':
      return `${name} must match ${String(error.params.pattern)}${got}`;
    default:
      return `${name} ${error.message ?? 'is invalid'}${got}`;
  }
}

type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
interface Validators {
  params: Validator;
  body?: Validator;
}

/** The validators `npm run build` compiled into generated/cli-validators.gen.mjs: no ajv at run time. */
export async function precompiled(operationId: string): Promise<Validators | undefined> {
  const file = generatedFile('cli-validators.gen.mjs');
  if (!existsSync(file)) return undefined;
  const module = (await import(pathToFileURL(file).href)) as Record<string, Validator>;
  const params = module[`${operationId}$params`];
  return params ? { params, body: module[`${operationId}$body`] } : undefined;
}

/** The same validators compiled now, from the bundled spec, when the precompiled module is absent. */
export async function compiled(command: CliCommand): Promise<Validators> {
  const schemas = await operationSchemas(command.operationId);
  const components = await reachableComponents([schemas.body, ...schemas.params.map((p) => p.schema)]);
  const usesFormats = /"format":/.test(JSON.stringify([schemas, components]));
  const [ajvModule, formatsModule] = await Promise.all([import('ajv/dist/2020.js'), usesFormats ? import('ajv-formats') : undefined]);
  // Both are CommonJS: Node's loader and a bundler expose their exports at different depths.
  type AjvClass = typeof ajvModule.Ajv2020;
  const Ajv2020 = (ajvModule.Ajv2020 ?? (ajvModule as unknown as { default: { Ajv2020?: AjvClass } }).default.Ajv2020 ?? (ajvModule as unknown as { default: AjvClass }).default) as AjvClass;
  const formats = formatsModule as unknown as { default: ((ajv: unknown) => void) & { default?: (ajv: unknown) => void } } | undefined;
  const addFormats = formats ? (formats.default.default ?? formats.default) : undefined;
  // The spec's schemas were checked at build time (Redocly lint); checking them again here only slows start-up.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, code: { optimize: false } });
  addFormats?.(ajv);
  // OpenAPI's `discriminator` only guides code generators; `oneOf` already carries the rule.
  ajv.addKeyword({ keyword: 'discriminator' });
  ajv.addSchema({ $id: SPEC_ID, components });
  const paramSchema = {
    type: 'object',
    properties: Object.fromEntries(schemas.params.map((p) => [p.name, p.schema])),
    required: schemas.params.filter((p) => p.required).map((p) => p.name),
  };
  return {
    params: ajv.compile(rebase(paramSchema) as object),
    body: schemas.body ? ajv.compile(rebase(schemas.body) as object) : undefined,
  };
}

/**
 * Checks the call against the spec's schemas before anything is sent: parameters (types, enums, limits, patterns,
 * required) and the body. Throws a UsageError listing every problem by flag name.
 */
export async function validateCall(command: CliCommand, args: CallArgs): Promise<void> {
  const validators = (await precompiled(command.operationId)) ?? (await compiled(command));
  const problems: string[] = [];
  const { body, ...params } = args;
  if (!validators.params(params)) problems.push(...(validators.params.errors ?? []).map((e) => describe(command, 'params', e, params)));
  if (validators.body && (body !== undefined || command.body === 'required')) {
    if (!validators.body(body ?? {})) problems.push(...(validators.body.errors ?? []).map((e) => describe(command, 'body', e, body ?? {})));
  } else if (!validators.body && body !== undefined) {
    problems.push('this operation takes no body');
  }
  const unique = [...new Set(problems)];
  if (unique.length > 0) {
    const shown = unique.slice(0, 8);
    const more = unique.length > shown.length ? `\n  … and ${unique.length - shown.length} more` : '';
    throw new UsageError(`${command.operationId}: nothing was sent; fix these flags:\n  ${shown.join('\n  ')}${more}\nSee: cloud-connect ${command.section} ${command.name} --help`);
  }
}
