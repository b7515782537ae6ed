import { isBuildCurrent, startInputsKey } from './cache.js';
import { BuildError, createContext, projectRoot } from './context.js';

/**
 * `npm start`, before the emulator starts: rebuilds only when the spec, the generator or src/ changed since the last
 * build (a hash of their contents kept in `.tmp/`), so an unchanged checkout starts within a second or two.
 */
const key = await startInputsKey(projectRoot);
if (await isBuildCurrent(projectRoot, key)) {
  console.log('generated/ and dist/ are current: nothing changed since the last build.');
} else {
  console.log('Bringing generated/ and dist/ up to date (steps whose inputs did not change are skipped)…');
  // Imported only when needed: the pipeline's modules (handlebars, openapi-typescript) take a while to load.
  const { build } = await import('./index.js');
  try {
    await build(createContext(), console.log, (name) => console.log(`${name.padEnd(10)} …`));
  } catch (error) {
    console.error(error instanceof BuildError ? error.message : error);
    process.exit(1);
  }
}
