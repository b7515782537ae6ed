import type { Collection, SpecModel } from '../../spec/index.js';
import { withoutDomain } from '../../spec/index.js';
import { ccaas } from './ccaas.js';
import { dcaas } from './dcaas.js';
import { gcb } from './gcb.js';
import { gcn } from './gcn.js';
import type { ActionRule, Backend, Derivation, ListingRule, ResourceRules, Transition, UnionMember } from './types.js';

export type { Backend, ResourceRules, RuleContext, ViewContext } from './types.js';

/** Every section's backend; the order does not matter, names must not repeat. */
export const BACKENDS: readonly Backend[] = [ccaas, gcn, gcb, dcaas];

/** The rules of every section, merged by name, once checked against the spec. */
export interface Rules {
  resources: Map<string, ResourceRules>;
  actions: Map<string, ActionRule>;
  listings: Map<string, ListingRule>;
  derived: Map<string, Derivation>;
  transitions: Map<string, Transition>;
  unions: Map<string, UnionMember[]>;
}

/**
 * Merges the backends' tables and checks every name they use against the spec model: item keys, fields,
 * operationIds, states and collection paths. A misspelt rule would otherwise never fire, so it stops the start-up
 * with an error naming the backend, the rule and what the spec has instead.
 */
export function loadRules(spec: SpecModel, backends: readonly Backend[] = BACKENDS): Rules {
  const problems: string[] = [];
  const byItemKey = (key: string) => spec.collections.find((c) => c.itemKey === key) ?? spec.collections.find((c) => c.itemKey === undefined && c.listKey === key);
  const fieldsOf = (collection: Collection | undefined) => new Set(collection?.itemSchema ? Object.keys(spec.schemas.properties(collection.itemSchema)) : []);
  const rules: Rules = { resources: new Map(), actions: new Map(), listings: new Map(), derived: new Map(), transitions: new Map(), unions: new Map() };
  const add = <T>(map: Map<string, T>, name: string, value: T, where: string) => {
    if (map.has(name)) problems.push(`${where}: "${name}" is declared by two backends`);
    map.set(name, value);
  };

  for (const backend of backends) {
    const where = (kind: string, name: string) => `backend ${backend.section}, ${kind} "${name}"`;
    for (const [key, resource] of Object.entries(backend.resources ?? {})) {
      const collection = byItemKey(key);
      if (!collection) {
        problems.push(`${where('resource', key)}: the spec has no collection with that item key`);
        continue;
      }
      const fields = fieldsOf(collection);
      const needField = (field: string, owner: Collection | undefined, what: string) => {
        if (!fieldsOf(owner).has(field)) problems.push(`${where('resource', key)}: ${what} "${field}" is not a field of ${owner?.itemKey ?? 'an unknown collection'}`);
      };
      for (const field of Object.keys(resource.defaults ?? {})) needField(field, collection, 'default');
      for (const [field, target] of Object.entries(resource.references ?? {})) {
        if (!byItemKey(target)) problems.push(`${where('resource', key)}: reference "${field}" names item key "${target}", which the spec does not have`);
      }
      for (const block of resource.blockDelete ?? []) needField(block.via, byItemKey(block.itemKey), 'delete guard field');
      for (const [field, counter] of Object.entries(resource.counters ?? {})) {
        if (!fields.has(field)) problems.push(`${where('resource', key)}: counter "${field}" is not a field of ${key}`);
        needField(counter.via, byItemKey(counter.itemKey), 'counter source field');
      }
      for (const field of [...Object.values(resource.filterAliases ?? {}), ...Object.keys(resource.filterWildcards ?? {})]) needField(field, collection, 'filter field');
      add(rules.resources, key, resource, where('resource', key));
    }
    for (const [name, action] of Object.entries(backend.actions ?? {})) {
      if (!spec.byId.has(name)) problems.push(`${where('action', name)}: the spec has no such operation`);
      add(rules.actions, name, action, where('action', name));
    }
    for (const [name, listing] of Object.entries(backend.listings ?? {})) {
      if (!spec.byId.has(name)) problems.push(`${where('listing', name)}: the spec has no such operation`);
      add(rules.listings, name, listing, where('listing', name));
    }
    for (const [key, derivation] of Object.entries(backend.derived ?? {})) {
      const collection = byItemKey(key);
      if (!collection) problems.push(`${where('derived collection', key)}: the spec has no collection with that item or list key`);
      else if (collection.creatable) problems.push(`${where('derived collection', key)}: the API creates these itself, so they cannot be derived`);
      add(rules.derived, key, derivation, where('derived collection', key));
    }
    for (const [name, transition] of Object.entries(backend.transitions ?? {})) {
      const op = spec.byId.get(name);
      if (!op) problems.push(`${where('transition', name)}: the spec has no such operation`);
      else if (op.successStatus !== 202) problems.push(`${where('transition', name)}: the operation answers ${op.successStatus}, not 202`);
      else {
        const states = stateValues(spec, name);
        for (const state of [transition.during, transition.after]) {
          if (state !== null && !states.includes(state)) problems.push(`${where('transition', name)}: state "${state}" is not one of ${states.join(', ') || '(no state field)'}`);
        }
      }
      add(rules.transitions, name, transition, where('transition', name));
    }
    for (const [path, members] of Object.entries(backend.unions ?? {})) {
      const paths = new Set(spec.collections.map((c) => withoutDomain(c.key)));
      for (const name of [path, ...members.map((m) => m.member)]) if (!paths.has(name)) problems.push(`${where('union', path)}: the spec has no collection at ${name}`);
      add(rules.unions, path, members, where('union', path));
    }
  }
  // Every asynchronous operation says which states it moves its resource through.
  for (const op of spec.operations) {
    if (op.successStatus === 202 && !rules.transitions.has(op.operationId)) problems.push(`operation ${op.operationId} answers 202 but no backend declares its transition`);
  }
  if (problems.length > 0) throw new Error(`The emulator's rules do not match the spec:\n- ${problems.join('\n- ')}`);
  return rules;
}

/** The lifecycle states of the resource a 202 operation changes (the path's collection, or the one its item sits in). */
function stateValues(spec: SpecModel, operationId: string): string[] {
  const op = spec.operation(operationId);
  const collection = spec.collections.find((c) => spec.operationsOn(c).includes(op));
  return op.state?.values ?? collection?.states ?? [];
}
