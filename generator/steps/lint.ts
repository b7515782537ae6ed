import type { Step } from '../context.js';
import { runRedocly } from './redocly.js';

/** Lints the split spec with the project's strict rules; any problem, warning or error, stops the build. */
export const lint: Step = {
  name: 'lint',
  async run(ctx) {
    await runRedocly(ctx, ['lint', ctx.specEntry, '--max-problems', '50']);
  },
};
