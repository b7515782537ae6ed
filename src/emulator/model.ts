import { isTemplate, templateName, type Collection, type SpecModel } from '../spec/index.js';

export type { Collection };

/** How the engine serves an operation, derived from its operationId, method, path and envelopes. */
export type Plan =
  | { kind: 'create' | 'list'; target: Target }
  | { kind: 'show' | 'update' | 'delete' | 'tag' | 'untag' | 'action'; target: Target }
  | { kind: 'tag-summary' | 'tag-filter'; target: Target; count: boolean }
  | { kind: 'item-tags'; target: Target; mode: 'list' | 'add' | 'remove' | 'by-action' }
  | { kind: 'example' };

/** The collection an operation works on: fixed, or picked at request time from a `{resource_type}` segment. */
export type Target = { collection: Collection } | { dynamic: { param: string; prefix: string } };

/** The spec model's collections, and one plan per operation. */
export interface Model extends SpecModel {
  plans: Map<string, Plan>;
}

const joinPath = (segments: readonly string[]) => `/${segments.join('/')}`;

/** Decides how each operation is served from the spec model alone; the rules only add behaviour to a plan. */
export function deriveModel(spec: SpecModel): Model {
  const targetFor = (base: string[]): Target | undefined => {
    const collection = spec.collectionAt(joinPath(base));
    if (collection) return { collection };
    const tail = base.at(-1);
    if (tail !== undefined && isTemplate(tail)) return { dynamic: { param: templateName(tail), prefix: joinPath(base.slice(0, -1)) } };
    return undefined;
  };

  const plans = new Map<string, Plan>();
  for (const op of spec.operations) {
    const s = op.segments;
    const shape = spec.tagShapes.get(op.operationId);
    let plan: Plan | undefined;
    if (shape) {
      const target = targetFor(shape.base);
      if (target) {
        plan =
          shape.kind === 'tag-summary' || shape.kind === 'tag-filter'
            ? { kind: shape.kind, target, count: shape.count === true }
            : shape.kind === 'item-tags'
              ? { kind: 'item-tags', target, mode: shape.mode ?? 'list' }
              : { kind: shape.kind, target };
      }
    } else if (isTemplate(s.at(-1) ?? '')) {
      const target = targetFor(s.slice(0, -1));
      const kind = op.method === 'GET' ? 'show' : op.method === 'DELETE' ? 'delete' : op.method === 'PUT' || op.method === 'PATCH' ? 'update' : 'action';
      if (target) plan = { kind, target };
    } else if (op.method === 'POST' && /^Create/.test(op.operationId)) {
      const target = targetFor(s);
      if (target) plan = { kind: 'create', target };
    } else if (op.method === 'GET') {
      const target = targetFor(s);
      // A read-only document without a list member (`configs`) is served as the spec's example.
      const isDocument = target && 'collection' in target && !target.collection.listKey && !target.collection.creatable;
      if (target && !isDocument) plan = { kind: 'list', target };
    } else if (isTemplate(s.at(-2) ?? '')) {
      const target = targetFor(s.slice(0, -2));
      if (target) plan = { kind: 'action', target };
    }
    plans.set(op.operationId, plan ?? { kind: 'example' });
  }
  return { ...spec, plans };
}
