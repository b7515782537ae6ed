import type { OpenApiDocument } from './document.js';
import { deriveCollections, type Collections } from './collections.js';
import { readOperations, type SpecOperation } from './operations.js';
import { Router } from './router.js';
import { SchemaReader } from './schemas.js';
import { tagShapeOf, type TagShape } from './tags.js';

export type { Collection, Collections, Item } from './collections.js';
export { withoutDomain } from './collections.js';
export * from './document.js';
export type { NamedExample, Pagination, SpecOperation, SpecParameter, SpecResponse, StateLocation } from './operations.js';
export { SpecError } from './operations.js';
export { isTemplate, Router, templateName, type RouteResult, type RouteTarget } from './router.js';
export { readEnvelope, SchemaReader, type Envelope, type Schema } from './schemas.js';
export type { TagShape } from './tags.js';

/**
 * Everything the project reads from the bundled spec, read once: the generator builds its view model from it,
 * the emulator its routes, validators and collections, and the tests their expectations.
 */
export interface SpecModel extends Collections {
  doc: OpenApiDocument;
  schemas: SchemaReader;
  /** Every operation in document order. */
  operations: SpecOperation[];
  byId: ReadonlyMap<string, SpecOperation>;
  router: Router<SpecOperation>;
  /** How each tag or filter operation acts on its collection, by operationId; absent for other operations. */
  tagShapes: ReadonlyMap<string, TagShape | undefined>;
  /** The operation by id; throws naming the id when the spec has none. */
  operation(operationId: string): SpecOperation;
}

export function createSpecModel(doc: OpenApiDocument): SpecModel {
  const schemas = new SchemaReader(doc);
  const operations = readOperations(doc, schemas);
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const tagShapes = new Map(operations.map((op) => [op.operationId, tagShapeOf(op, schemas)]));
  return {
    doc,
    schemas,
    operations,
    byId,
    router: new Router(operations),
    tagShapes,
    ...deriveCollections(operations, schemas, tagShapes),
    operation(operationId) {
      const found = byId.get(operationId);
      if (!found) throw new Error(`The spec has no operation ${operationId}.`);
      return found;
    },
  };
}
