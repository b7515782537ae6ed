import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/spec.js';

/** Every module specifier `file` imports or re-exports, statically. */
function specifiers(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
}

/** The files and packages reachable from `entry` through relative imports. */
function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of specifiers(file)) {
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '');
      visit(existsSync(`${target}.ts`) ? `${target}.ts` : `${target}.d.ts`);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => path.relative(root, f)).sort(), packages: [...packages].sort() };
}

describe('what the client entry pulls in', () => {
  it('src/index.ts never reaches the emulator or its validation libraries', () => {
    const { files, packages } = graph(path.join(root, 'src/index.ts'));
    expect(files.filter((f) => f.startsWith('src/emulator/'))).toEqual([]);
    expect(packages.filter((p) => p.startsWith('ajv') || p === 'fast-check')).toEqual([]);
  });

  it('the emulator entry does reach them, so the check above looks at real imports', () => {
    const { files, packages } = graph(path.join(root, 'src/emulator/index.ts'));
    expect(files).toContain('src/emulator/validation.ts');
    expect(packages).toEqual(expect.arrayContaining(['ajv-formats', 'ajv/dist/2020.js']));
  });
});
