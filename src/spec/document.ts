/** The slice of OpenAPI 3.1 the project reads from the bundled document (every $ref is local). */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; 'x-huawei-docs-edition'?: string };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, PathItem>;
  components?: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject | RefObject>;
    responses?: Record<string, ResponseObject | RefObject>;
    examples?: Record<string, ExampleObject | RefObject>;
    headers?: Record<string, unknown>;
  };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PathItem = { parameters?: (ParameterObject | RefObject)[] } & { [M in HttpMethod]?: OperationObject };

export interface RefObject {
  $ref: string;
}

export interface OperationObject {
  operationId: string;
  summary: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  externalDocs?: { url: string };
  parameters?: (ParameterObject | RefObject)[];
  requestBody?: { required?: boolean; content: Record<string, MediaTypeObject> } | RefObject;
  responses: Record<string, ResponseObject | RefObject>;
  security?: Record<string, string[]>[];
  'x-codeSamples'?: { lang: string; label: string; source: string }[];
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  description?: string;
  deprecated?: boolean;
  example?: unknown;
  schema: SchemaObject;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  example?: unknown;
  examples?: Record<string, ExampleObject | RefObject>;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, MediaTypeObject>;
}

export interface ExampleObject {
  summary?: string;
  value: unknown;
}

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
  description?: string;
  deprecated?: boolean;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  [key: string]: unknown;
}

export function isRef(value: unknown): value is RefObject {
  return typeof value === 'object' && value !== null && typeof (value as RefObject).$ref === 'string';
}

// Requests resolve the same few hundred references again and again; walking the document each time shows in profiles.
const targets = new WeakMap<object, Map<string, unknown>>();

/** The node a local `#/components/...` pointer names in the bundled document. */
function pointerTarget(doc: object, pointer: string): unknown {
  let known = targets.get(doc);
  if (!known) targets.set(doc, (known = new Map()));
  if (known.has(pointer)) return known.get(pointer);
  if (!pointer.startsWith('#/')) throw new Error(`Only local references are expected in the bundle, got ${pointer}`);
  const node = pointer
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((parent, key) => (typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[key] : undefined), doc);
  if (node === undefined) throw new Error(`Unresolved reference ${pointer}`);
  known.set(pointer, node);
  return node;
}

/**
 * Follows a chain of local `$ref`s: the project's only reference resolver. Siblings of a `$ref` (OpenAPI 3.1 allows
 * a description there) are dropped; anything that is not a reference comes back as it is.
 */
export function resolveRef<T>(doc: object, value: T | RefObject): T {
  let current: unknown = value;
  for (let hops = 0; isRef(current); hops++) {
    if (hops > 32) throw new Error(`Reference loop at ${current.$ref}`);
    current = pointerTarget(doc, current.$ref);
  }
  return current as T;
}

/** `#/components/schemas/CloudConnection` → `CloudConnection`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}
