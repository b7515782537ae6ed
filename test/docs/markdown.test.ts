import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubAnchor } from '../../generator/model/naming.js';
import { loadSpecModel, root } from '../support/spec.js';

const docsDir = path.join(root, 'generated', 'docs');
const pages = new Map(readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(path.join(docsDir, f), 'utf8')]));
const { doc, operations } = loadSpecModel();

/** Headings outside code blocks, as GitHub turns them into anchors. */
function anchorsOf(markdown: string): Set<string> {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
  return new Set([...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => githubAnchor(m[1]!)));
}

const links = [...pages].flatMap(([file, markdown]) =>
  [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => ({ file, target: m[1]! })),
);
const relative = links.filter(({ target }) => !/^[a-z]+:/.test(target));

describe('the Markdown reference', () => {
  it('has an index, a guide and one page per section', () => {
    expect([...pages.keys()].sort()).toEqual(['guide.md', 'index.md', ...(doc.tags ?? []).map((t) => `${githubAnchor(t.name)}.md`)].sort());
  });

  it('has a heading for every operation on its section page, with its method, path and samples', () => {
    for (const op of operations) {
      const page = pages.get(`${githubAnchor(op.section!)}.md`) ?? '';
      const section = page.split(/^## /m).find((chunk) => chunk.startsWith(`${op.operationId}\n`)) ?? '';
      expect(section, op.operationId).toContain(`\`${op.method} ${op.path}\``);
      expect(section, op.operationId).toContain(`### TypeScript sample for ${op.operationId}`);
      expect(section, op.operationId).toContain(`### curl sample for ${op.operationId}`);
      expect(section, op.operationId).toContain(`### CLI sample for ${op.operationId}`);
      expect(section, op.operationId).toContain(`### Responses of ${op.operationId}`);
    }
  });

  it('links only to pages and anchors that exist', () => {
    expect(relative.length).toBeGreaterThan(111);
    const broken = relative.filter(({ file, target }) => {
      const [page, anchor] = target.split('#');
      const markdown = pages.get(page === '' || page === undefined ? file : path.basename(page));
      return markdown === undefined || (anchor !== undefined && !anchorsOf(markdown).has(anchor));
    });
    expect(broken).toEqual([]);
  });

  it('has no empty section: every heading is followed by content', () => {
    const empty = [...pages].flatMap(([file, markdown]) =>
      [...markdown.matchAll(/^(#{1,6} .+)\n+(?=#{1,6} |$(?![\s\S]))/gm)].map((m) => `${file}: ${m[1]}`),
    );
    expect(empty).toEqual([]);
  });

  it("points outside only at Huawei's reference page of each operation", () => {
    const prose = [...pages.values()].map((markdown) => markdown.replace(/```[\s\S]*?```/g, '')).join('\n');
    const external = [...prose.matchAll(/<(https?:[^>\s]+)>|\]\((https?:[^)\s]+)\)/g)].map((m) => m[1] ?? m[2]!);
    expect([...new Set(external.map((url) => new URL(url).host))]).toEqual(['support.huaweicloud.com']);
    expect(new Set(external).size).toBe(111);
  });
});
