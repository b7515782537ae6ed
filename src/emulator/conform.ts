import { sampleValue } from './samples.js';
import type { Schema, SchemaReader } from '../spec/index.js';
import type { Item } from './store.js';
import type { Validators } from './validation.js';

const isPlainObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Shapes items to their schema: drops members the schema does not describe, and repairs what it refuses. Values
 * for required members the state cannot supply are synthesised from the schema, never copied from an example
 * (the examples describe other resources).
 */
export class Conformer {
  readonly #reader: SchemaReader;
  readonly #validators: Validators;

  constructor(reader: SchemaReader, validators: Validators) {
    this.#reader = reader;
    this.#validators = validators;
  }

  #schemaAt(schema: Schema, path: readonly string[]): Schema | undefined {
    let current: Schema | undefined = schema;
    for (const segment of path) {
      if (!current) return undefined;
      current = this.#reader.isArray(current) ? this.#reader.items(current) : this.#reader.properties(current)[segment];
    }
    return current ? this.#reader.resolve(current) : undefined;
  }

  /** The `oneOf` alternative a value belongs to (by discriminator, else the first it satisfies), or the schema itself. */
  #branch(schema: Schema, value: unknown): Schema {
    const resolved = this.#reader.resolve(schema);
    const variants = this.#reader.variants(resolved);
    if (variants.length === 0) return resolved;
    return this.#reader.discriminated(resolved, value) ?? variants.find((variant) => this.#validators.schema(variant)(value)) ?? (variants[0] as Schema);
  }

  /** Drops members the schema does not describe, recursively, so the answer never leaks request-only fields. */
  project(value: unknown, schema: Schema): unknown {
    const resolved = this.#branch(schema, value);
    if (Array.isArray(value)) return this.#reader.isArray(resolved) ? value.map((v) => this.project(v, this.#reader.items(resolved))) : value;
    if (!isPlainObject(value)) return value;
    const properties = this.#reader.properties(resolved);
    if (Object.keys(properties).length === 0) return value;
    const out: Item = {};
    for (const [name, member] of Object.entries(value)) if (properties[name]) out[name] = this.project(member, properties[name]);
    return out;
  }

  /**
   * Makes `item` valid against `schema`: values the schema refuses are dropped when optional or replaced by a
   * synthesised value when required. Only fields no request could set correctly are ever touched.
   */
  conform(item: Item, wholeSchema: Schema, now: number): Item {
    const schema = this.#branch(wholeSchema, item);
    const projected = this.project(item, schema) as Item;
    const validate = this.#validators.schema(schema);
    const at = (path: readonly string[]) => path.reduce<unknown>((node, key) => (isPlainObject(node) || Array.isArray(node) ? (node as Item)[key] : undefined), projected);
    for (let attempt = 0; attempt < 4 && !validate(projected); attempt++) {
      for (const error of validate.errors ?? []) {
        const path = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
        const container = at(path.slice(0, -1));
        if (error.keyword === 'required') {
          const target = at(path);
          const missing = String(error.params.missingProperty);
          if (isPlainObject(target)) target[missing] = sampleValue(this.#reader, this.#schemaAt(schema, [...path, missing]), now);
        } else if (path.length > 0 && (isPlainObject(container) || Array.isArray(container))) {
          const key = path[path.length - 1] as string;
          const parentSchema = this.#schemaAt(schema, path.slice(0, -1));
          const required = parentSchema ? this.#reader.required(parentSchema) : [];
          if (isPlainObject(container) && !required.includes(key)) delete container[key];
          else (container as Item)[key] = sampleValue(this.#reader, this.#schemaAt(schema, path), now);
        }
      }
    }
    return projected;
  }
}
