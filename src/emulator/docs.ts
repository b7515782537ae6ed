import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { ApiError } from './errors.js';
import { decode } from './http.js';

const DOC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const isDocsPath = (rawPath: string): boolean => rawPath === '/docs' || rawPath.startsWith('/docs/');

/** Serves the generated documentation read-only under `/docs`, never a file outside `docsDir`. */
export async function serveDocs(docsDir: string | false, req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
  if (docsDir === false || !existsSync(docsDir)) throw new ApiError(404, 'APIGW.0101', 'No documentation is served by this emulator.');
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new ApiError(405, 'APIGW.0201', 'Method not allowed: the documentation is read-only.', { Allow: 'GET, HEAD' });
  const relative = decode(rawPath.slice('/docs'.length).replace(/^\/+/, ''), 'path') || 'index.html';
  const file = path.resolve(docsDir, relative);
  const inside = file.startsWith(path.resolve(docsDir) + path.sep);
  const info = inside ? await stat(file).catch(() => undefined) : undefined;
  if (!info?.isFile()) throw new ApiError(404, 'APIGW.0101', `There is no documentation page ${JSON.stringify(relative)}.`);
  const content = await readFile(file);
  res.writeHead(200, { 'Content-Type': DOC_TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': String(content.length) });
  res.end(req.method === 'HEAD' ? undefined : content);
}
