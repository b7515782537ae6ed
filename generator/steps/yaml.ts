import { stringify } from 'yaml';
import type { Step } from '../context.js';
import { BuildError } from '../context.js';

/**
 * `generated/openapi.yaml`: the bundle as YAML. Apart from the bundle step because stringifying takes about half a
 * second of the main thread, which the steps after bundle (model, render) need more; see its place in `needs`.
 */
export const yaml: Step = {
  name: 'yaml',
  async run(ctx) {
    if (!ctx.bundle) throw new BuildError('yaml: the bundle step has not run');
    ctx.files.set('openapi.yaml', stringify(ctx.bundle, { lineWidth: 0, aliasDuplicateObjects: false }));
  },
};
