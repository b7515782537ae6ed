// `npm start`, before the emulator starts: rebuilds only when the spec, the generator or src/ changed since the last
// successful build (a hash of their contents kept in .tmp/), so an unchanged checkout goes straight to listening.
// Plain JavaScript so that the unchanged case pays no TypeScript loader start-up.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isBuildCurrent, startInputsKey } from './start-inputs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (await isBuildCurrent(root, await startInputsKey(root))) {
  console.log('generated/ and the packages are built and current: nothing changed since the last build.');
} else {
  console.log('Bringing generated/ and the packages up to date (steps whose inputs did not change are skipped)…');
  // The build prints each step as it starts and when it ends, and records the new key when it succeeds.
  const build = spawnSync(process.execPath, ['--import', 'tsx', path.join('generator', 'index.ts')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
