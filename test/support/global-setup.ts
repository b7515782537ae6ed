import { createContext } from '../../generator/context.js';
import { compile } from '../../generator/steps/compile.js';

/**
 * Compiles dist/ once before any test file runs. Tests that use the package as a consumer would (test/package,
 * test/docs/samples) read it; compiling in each of them would let one wipe dist/ while another runs from it.
 */
export default async function compileOnce(): Promise<void> {
  await compile.run(createContext());
}
