import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../support/spec.js';

const openapiDir = path.join(root, 'openapi');
const rootDoc = parse(readFileSync(path.join(openapiDir, 'openapi.yaml'), 'utf8')) as {
  paths: Record<string, unknown>;
  components: Record<string, Record<string, unknown>>;
};

/** `/v3/{domain_id}/ccaas/cloud-connections/{id}` → `paths/ccaas_cloud-connections_{id}.yaml`. */
function pathFileOf(urlPath: string): string {
  return `paths/${urlPath.replace(/^\/v3\/(\{domain_id\}\/)?/, '').replace(/\//g, '_')}.yaml`;
}

describe('openapi/openapi.yaml only maps', () => {
  it.each(Object.entries(rootDoc.paths))('%s is a $ref to its own file under paths/', (urlPath, item) => {
    expect(item).toEqual({ $ref: pathFileOf(urlPath) });
  });

  const kinds = ['schemas', 'parameters', 'responses', 'headers', 'examples', 'securitySchemes'];
  it.each(kinds)('components.%s maps every file of components/ by its own name, and nothing else', (kind) => {
    const files = readdirSync(path.join(openapiDir, 'components', kind)).filter((f) => f.endsWith('.yaml')).sort();
    const mapped = rootDoc.components[kind] ?? {};
    expect(Object.keys(mapped).sort()).toEqual(files.map((f) => f.slice(0, -'.yaml'.length)));
    for (const [name, entry] of Object.entries(mapped)) expect(entry).toEqual({ $ref: `components/${kind}/${name}.yaml` });
  });

  it('has no path file that the root does not map', () => {
    const files = readdirSync(path.join(openapiDir, 'paths')).map((f) => `paths/${f}`).sort();
    expect(files).toEqual(Object.keys(rootDoc.paths).map(pathFileOf).sort());
  });

  it('names components in PascalCase, the TypeScript names', () => {
    for (const kind of Object.keys(rootDoc.components)) {
      for (const name of Object.keys(rootDoc.components[kind] ?? {})) expect(name, `${kind}/${name}`).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    }
  });
});
