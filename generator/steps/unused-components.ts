import { BuildError } from '../context.js';
import type { OpenApiDocument } from '../../src/spec/index.js';

/** Component kinds a `$ref` points at; security schemes are named by `security` requirements instead. */
const REFERABLE = ['schemas', 'parameters', 'responses', 'headers', 'examples', 'requestBodies'] as const;

function collectRefs(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') into.add(inner);
      else collectRefs(inner, into);
    }
  }
  return into;
}

/**
 * Redocly's no-unused-components rule only sees `#/components` references, which exist once the split files are
 * bundled; checking the bundle here keeps the build to one Redocly lint (of the split spec, whose reports name files).
 */
export function assertNoUnusedComponents(doc: OpenApiDocument): void {
  const refs = collectRefs(doc, new Set());
  const components = (doc.components ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const unused = REFERABLE.flatMap((kind) => Object.keys(components[kind] ?? {}).map((name) => `#/components/${kind}/${name}`)).filter((pointer) => !refs.has(pointer));
  if (unused.length > 0) {
    throw new BuildError(
      `bundle: ${unused.length} component(s) are mapped in openapi/openapi.yaml but no operation uses them; $ref them or remove their files and mappings:\n  ${unused.join('\n  ')}`,
    );
  }
}
