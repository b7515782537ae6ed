import type { Step } from '../context.js';
import { runSharedRedocly } from './redocly.js';

/**
 * Lints the split spec with the project's strict rules; any problem, warning or error, stops the build. It runs in
 * the Redocly process the bundle step uses, after the bundle (which the steps after it wait for).
 */
export const lint: Step = {
  name: 'lint',
  async run(ctx) {
    await runSharedRedocly(ctx, ['lint', ctx.specEntry, '--max-problems', '50']);
  },
};
