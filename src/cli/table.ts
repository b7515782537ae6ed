/**
 * The shape of the command table: generated/cli.gen.ts holds one entry per operation, written by the generator
 * (generator/model/cli.ts builds it from the spec) and read by the command line here. Defined once, for both.
 */

export type CliFlagType = 'string' | 'integer' | 'number' | 'boolean' | 'json';

/** One flag of a command: where its value goes and how the runtime checks it (the schema has the last word). */
export interface CliFlag {
  /** Long flag without dashes: kebab-case, dots between body levels, e.g. `cloud-connection.name`. */
  readonly flag: string;
  /** Where the value goes: the parameter's name, or the dotted body path, e.g. `cloud_connection.name`. */
  readonly key: string;
  readonly in: 'path' | 'query' | 'body';
  readonly type: CliFlagType;
  /** Repeat the flag for each item. */
  readonly array?: true;
  readonly required?: true;
  readonly enum?: readonly string[];
  /** Shorter name for a field of the body's envelope object, when no other flag has it. */
  readonly alias?: string;
  readonly help: string;
}

/** How `--wait` follows an operation: the Show… call to poll and where its arguments come from. */
export interface CliWait {
  /** The Show… operation polled. */
  readonly show: string;
  /** `ready`: until one of `until`; `gone`: until 404. */
  readonly kind: 'ready' | 'gone';
  readonly until?: readonly string[];
  /** Arguments of the Show call: its parameter name → where the value comes from (`arg:<name>` or `result:<dotted path>`). */
  readonly args: Readonly<Record<string, string>>;
  /**
   * When the operation acts on an item that only appears inside another answer (a connection of a site network, a
   * policy in its list): the array holding it (dotted path), the item's id and its state field.
   */
  readonly item?: { readonly at: string; readonly id: string; readonly field: string };
}

export interface CliCommand {
  readonly operationId: string;
  /** Section command, e.g. `cloud-connections`. */
  readonly section: string;
  /** Operation sub-command within the section, e.g. `update`. */
  readonly name: string;
  readonly summary: string;
  readonly deprecated?: true;
  readonly body?: 'required' | 'optional';
  readonly flags: readonly CliFlag[];
  /** Huawei documents `X-Auth-Token` as mandatory (security `IamToken` only): called with an IAM token when one is configured. */
  readonly tokenOnly?: true;
  /** Items key and paging style of a list answer, for `--all` and tables. */
  readonly list?: { readonly itemsKey: string; readonly style: 'marker' | 'offset' | 'single'; readonly columns: readonly string[] };
  readonly wait?: CliWait;
}

export interface CliSection {
  readonly name: string;
  readonly title: string;
  readonly description: string;
}

export interface CliTable {
  readonly sections: readonly CliSection[];
  readonly commands: readonly CliCommand[];
}
