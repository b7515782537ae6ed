import type { OpenApiDocument } from '../../../src/spec/index.js';

/** A document with no paths and only the given schemas: all the schema reader and the validators need. */
export function documentWithSchemas(schemas: Record<string, unknown>): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas } } as unknown as OpenApiDocument;
}
