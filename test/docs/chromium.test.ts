import { describe, expect, it } from 'vitest';
import { findChromium } from '../support/chromium.js';

const HOW = 'install it with `apt-get update && apt-get install -y chromium`';

interface Case {
  given: string;
  env: Record<string, string>;
  files: string[];
  path: string | undefined;
  want: { path: string };
}

describe('findChromium', () => {
  it.each<Case>([
    { given: 'CHROMIUM set and present', env: { CHROMIUM: '/opt/c/chrome' }, files: ['/opt/c/chrome', '/usr/bin/chromium'], path: '/opt/c/chrome', want: { path: '/opt/c/chrome' } },
    { given: 'Debian package', env: {}, files: ['/usr/bin/chromium'], path: undefined, want: { path: '/usr/bin/chromium' } },
    { given: 'Ubuntu name', env: {}, files: ['/usr/bin/chromium-browser'], path: undefined, want: { path: '/usr/bin/chromium-browser' } },
    { given: 'only on PATH', env: {}, files: [], path: '/snap/bin/chromium', want: { path: '/snap/bin/chromium' } },
  ])('$given → $want.path', ({ env, files, path, want }) => {
    expect(findChromium(env, (file) => files.includes(file), () => path)).toEqual(want);
  });

  it('says how to get Chromium when there is none', () => {
    const { path, missing } = findChromium({}, () => false, () => undefined);
    expect(path).toBeUndefined();
    expect(missing).toContain(HOW);
    expect(missing).toContain('/usr/bin/chromium, /usr/bin/chromium-browser');
  });

  it('names a CHROMIUM that points nowhere instead of silently looking elsewhere', () => {
    expect(findChromium({ CHROMIUM: '/nope' }, (file) => file === '/usr/bin/chromium', () => undefined)).toEqual({
      missing: 'CHROMIUM is set to /nope, which does not exist: point it at a Chromium binary, or unset it to use /usr/bin/chromium or /usr/bin/chromium-browser.',
    });
  });
});
