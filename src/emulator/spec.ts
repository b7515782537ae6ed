import type { OpenApiDocument, Schema, SchemaReader } from './schema.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  operationId: string;
  method: string;
  /** Path template as in the spec, e.g. `/v3/{domain_id}/ccaas/cloud-connections/{id}`. */
  path: string;
  /** Template segments without the leading empty one; parameters keep their braces. */
  segments: string[];
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON request body schema, when the operation takes one. */
  body?: { schema: Schema; required: boolean };
  successStatus: number;
  /** JSON body schema per declared status; `undefined` for bodiless answers (204). */
  responses: Map<number, Schema | undefined>;
  /** The first example value of the success response, if the spec gives one. */
  successExample?: unknown;
}

export const isTemplate = (segment: string): boolean => segment.startsWith('{') && segment.endsWith('}');
export const templateName = (segment: string): string => segment.slice(1, -1);

function jsonContent(reader: SchemaReader, node: unknown): { schema?: Schema; example?: unknown } {
  const content = reader.resolve<{ content?: Record<string, { schema?: Schema; example?: unknown; examples?: Record<string, unknown> }> }>(node).content;
  const media = content?.['application/json'];
  if (!media) return {};
  const named = media.examples ? Object.values(media.examples)[0] : undefined;
  const example = named !== undefined ? reader.resolve<{ value?: unknown }>(named).value : media.example;
  return { schema: media.schema, example };
}

/** Every operation of the bundled document, with parameters and responses resolved. */
export function readOperations(doc: OpenApiDocument, reader: SchemaReader): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const raw = item[method] as
        | { operationId?: string; parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, unknown> }
        | undefined;
      if (!raw) continue;
      if (!raw.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const parameters = [...((item.parameters as unknown[]) ?? []), ...(raw.parameters ?? [])].map((p) => {
        const param = reader.resolve<{ name: string; in: Parameter['in']; required?: boolean; schema?: Schema }>(p);
        return { name: param.name, in: param.in, required: param.required === true, schema: param.schema ?? {} };
      });
      // An operation-level parameter overrides a path-level one of the same name and location.
      const unique = new Map(parameters.map((p) => [`${p.in}:${p.name}`, p]));
      const responses = new Map<number, Schema | undefined>();
      let successExample: unknown;
      for (const [status, response] of Object.entries(raw.responses ?? {})) {
        const code = Number(status);
        if (!Number.isInteger(code)) continue;
        const { schema, example } = jsonContent(reader, response);
        responses.set(code, schema);
        if (code >= 200 && code < 300 && successExample === undefined) successExample = example;
      }
      const successStatus = [...responses.keys()].filter((s) => s >= 200 && s < 300).sort((a, b) => a - b)[0];
      if (successStatus === undefined) throw new Error(`${raw.operationId} declares no 2xx response`);
      let body: Operation['body'];
      if (raw.requestBody) {
        const requestBody = reader.resolve<{ required?: boolean }>(raw.requestBody);
        const { schema } = jsonContent(reader, requestBody);
        if (schema) body = { schema, required: requestBody.required === true };
      }
      operations.push({
        operationId: raw.operationId,
        method: method.toUpperCase(),
        path,
        segments: path.split('/').slice(1),
        pathParams: [...unique.values()].filter((p) => p.in === 'path'),
        queryParams: [...unique.values()].filter((p) => p.in === 'query'),
        body,
        successStatus,
        responses,
        successExample,
      });
    }
  }
  return operations;
}
