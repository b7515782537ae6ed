import type { Pagination, StateLocation } from '../../src/spec/index.js';
import type { CliTable } from './cli.js';

/** How `paginate()` walks a list, and where a waiter finds a resource's state: the spec model decides both. */
export type { Pagination, StateLocation };

/**
 * The view model: the only data templates see (see templates/README.md). Everything conditional or
 * computed is decided here, so templates stay free of logic.
 */
export interface ViewModel {
  title: string;
  version: string;
  docsEdition: string;
  server: string;
  sections: Section[];
  /** Every operation, sorted by operationId. */
  operations: Operation[];
  /** The command line's commands and flags (generated/cli.gen.ts), which the CLI samples use too. */
  cli: CliTable;
}

export interface Section {
  name: string;
  /** File name stem and anchor of the section's Markdown page, e.g. `cloud-connections`. */
  slug: string;
  description: string;
  /** In walk order (see `readerOrder` in samples.ts): create, list, show, update, tag…, delete last. */
  operations: Operation[];
}

export interface Operation {
  operationId: string;
  /** camelCase of the operationId: the client method name. */
  methodName: string;
  /** Upper-case HTTP method. */
  method: string;
  path: string;
  section: string;
  sectionSlug: string;
  /** GitHub-style anchor of the operation's heading on its section page. */
  anchor: string;
  summary: string;
  description: string;
  docsUrl: string;
  deprecated: boolean;
  /** Whether the path has `{domain_id}`, which the client fills in. */
  usesDomainId: boolean;
  /** Path parameters the caller passes (never `domain_id`), in path order. */
  pathParams: Param[];
  queryParams: Param[];
  /** Path and query parameters together, for documentation tables. */
  params: Param[];
  /** True when the caller must pass an arguments object (a required parameter or body). */
  argsRequired: boolean;
  body: Body | null;
  success: Success;
  responses: ResponseRow[];
  examples: Example[];
  /** TypeScript expression naming the success body type, or `void`. */
  resultType: string;
  /** How `paginate()` walks this operation's results; null when its answer holds no list. */
  pagination: Pagination | null;
  /** For reads, where a waiter finds the resource's state in the answer; null otherwise. */
  state: StateLocation | null;
  /** What the code samples of this operation send. */
  sample: Sample;
}

export interface Sample {
  /** The arguments object as a TypeScript literal (path parameters and the request example's body), or empty. */
  args: string;
  /** The same arguments as data (the example's own name, not made unique), for steps and tests that call the operation. */
  argsValue: Record<string, unknown>;
  /** The sample gives the new resource's name a suffix that differs per run, so the sample can run again. */
  uniqueName: boolean;
  /**
   * The request URL for a POSIX shell: `$CLOUD_CONNECT_ENDPOINT` (the shell stops with a hint when it is unset),
   * the path with sample values and `$HUAWEICLOUD_SDK_DOMAIN_ID`, and any required query.
   */
  shellUrl: string;
  /** The request example's body as compact JSON, quoted for a POSIX shell's single quotes; empty without a body. */
  shellBody: string;
  /**
   * The `cloud-connect` command with the same arguments: flags for parameters and a few plain body fields, else
   * `--body-json -` with the body in a here-string or heredoc (see model/cli-sample.ts).
   */
  cli: string;
  /** The operation only accepts IAM tokens (its own `security` names IamToken alone). */
  tokenOnly: boolean;
  /** The operation answers with a body worth printing. */
  printsResult: boolean;
}

export interface Param {
  name: string;
  /** The property name as written in TypeScript (quoted when not an identifier). */
  tsKey: string;
  in: 'path' | 'query';
  required: boolean;
  description: string;
  /** Short type for docs, e.g. `string[]`, `integer (int32)`, `ACTIVE`. */
  type: string;
  /** Human-readable constraints, e.g. `1–64 characters`; empty when none. */
  limits: string;
  /** TypeScript type expression for the property, read from generated/schema.d.ts. */
  tsType: string;
}

export interface Body {
  required: boolean;
  schemaName: string;
  tsType: string;
  /** Every field of the body, nested ones under dotted paths (see model/body-fields.ts). */
  fields: BodyField[];
}

export interface Success {
  status: number;
  description: string;
  /** Schema name of the success body, or null for an empty (204) answer. */
  schemaName: string | null;
  /** Every field of the success body; empty for an empty answer. */
  fields: BodyField[];
}

/** One row of a body table in the reference. */
export interface BodyField {
  /** Dotted path from the body's root, `[]` marking an array's items: `cloud_connection.tags[].key`. */
  path: string;
  /** Short type for docs, as for parameters; a named object shows its schema name. */
  type: string;
  /** Whether the field's parent object requires it. */
  required: boolean;
  /** Human-readable constraints; empty when none. */
  limits: string;
  description: string;
  deprecated: boolean;
}

export interface ResponseRow {
  status: string;
  description: string;
  schemaName: string | null;
  /** Example error code for error responses, e.g. `CC.1001`; empty otherwise. */
  errorCode: string;
}

export interface Example {
  /** The example's key in the spec, e.g. `UpdateCloudConnectionRequest`. */
  name: string;
  summary: string;
  kind: 'request' | 'response';
  /** HTTP status of a response example; null for request examples. */
  status: string | null;
  /** Pretty-printed JSON of the example value. */
  jsonText: string;
  /** The raw value, for steps that need it (samples, tests). */
  value: unknown;
}
