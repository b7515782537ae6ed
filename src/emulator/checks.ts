import { ApiError } from './errors.js';
import type { EngineRequest } from './engine.js';
import type { Collection, Model } from './model.js';
import { label, type State } from './state.js';
import type { Item } from './store.js';

/* The checks every section shares before a create or change: unique names, references to the account's resources. */

const isPlainObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Refuses a name another resource of the kind already uses in the account, when the backend says names are unique. */
export function checkUniqueName(state: State, request: EngineRequest, collection: Collection, name: unknown, self?: unknown): void {
  const code = state.rulesOf(collection).uniqueName;
  if (code === undefined || typeof name !== 'string') return;
  if (state.allOf(collection, request.domainId).some((entry) => entry.item.name === name && entry.item.id !== self)) {
    throw new ApiError(400, code, `${request.operation.operationId}: the name "${name}" is already used by another ${label(collection)} of the account; choose another.`);
  }
}

/** Refuses a request field that should name a resource of the account (the backend's `references`) but does not. */
export function checkReferences(state: State, request: EngineRequest, collection: Collection, input: Item): void {
  for (const [field, itemKey] of Object.entries(state.rulesOf(collection).references ?? {})) {
    const id = input[field];
    const kind = state.kind(itemKey);
    if (typeof id !== 'string' || !kind) continue;
    if (!state.viewContext(request.domainId).exists(itemKey, id)) {
      throw new ApiError(400, 'CC.1001', `${request.operation.operationId}: ${field} ${id} does not name a ${label(kind)} of the account.`);
    }
  }
}

/** Every id (a string under a key ending in `_id`) the spec's request examples name. */
export function requestExampleIds(model: Model): Set<string> {
  const ids = new Set<string>();
  // Stryker disable next-line StringLiteral: the top-level key is only tested with `endsWith('_id')`, false for '' and for any text not ending so
  const walk = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (typeof value === 'string' && key.endsWith('_id')) ids.add(value);
  };
  // Stryker disable next-line ArrayDeclaration: a string in the fallback list has no `value`, and walking `undefined` adds no id
  for (const op of model.operations) for (const example of op.body?.examples ?? []) walk(example.value);
  return ids;
}

/** The inner object of Huawei's single-key request wrappers (`{ "cloud_connection": {...} }`), else the body. */
export function unwrap(body: unknown): Item {
  if (!isPlainObject(body)) return {};
  const keys = Object.keys(body);
  if (keys.length === 1 && keys[0] !== 'tags' && isPlainObject(body[keys[0] as string])) return body[keys[0] as string] as Item;
  return body;
}
