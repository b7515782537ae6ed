import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
// Plain JavaScript modules of `npm start`; the build imports the same code.
import { isBuildCurrent, recordBuild, startInputsKey } from '../../generator/start-inputs.mjs';
import { root } from '../support/spec.js';

const run = promisify(execFile);

describe('npm start, before the emulator listens', () => {
  // The test run's global set-up has just built the packages from this checkout, so its inputs are current.
  it('goes straight to the emulator when nothing changed since the last build', async () => {
    await recordBuild(root, await startInputsKey(root));
    expect(await isBuildCurrent(root, await startInputsKey(root))).toBe(true);
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'generator', 'start.mjs')], { cwd: root, timeout: 30_000 });
    expect({ stdout, stderr }).toEqual({ stdout: 'generated/ and the packages are built and current: nothing changed since the last build.\n', stderr: '' });
  });

  it('sees a changed input as stale', async () => {
    const key = await startInputsKey(root);
    expect(await isBuildCurrent(root, `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}`)).toBe(false);
  });
});
