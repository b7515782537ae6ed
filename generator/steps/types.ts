import type { Step } from '../context.js';
import { BuildError } from '../context.js';
import { generatedHeader } from './header.js';

/** TypeScript types for every path, operation and component: `generated/schema.d.ts`. */
export const types: Step = {
  name: 'types',
  async run(ctx) {
    if (!ctx.bundle) throw new BuildError('types: the bundle step has not run');
    // Loaded here, not at the top: it brings the TypeScript compiler (seconds to load), which a build whose
    // types step is skipped never needs.
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const ast = await openapiTS(structuredClone(ctx.bundle) as never, {
      rootTypes: true,
      rootTypesNoSchemaPrefix: true,
      alphabetize: true,
      // A default is what the service assumes when a field is left out, so the field stays optional to send.
      defaultNonNullable: false,
      silent: true,
    });
    ctx.files.set('schema.d.ts', `${generatedHeader('//')}\n${astToString(ast)}`);
  },
};
