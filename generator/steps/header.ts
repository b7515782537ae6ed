/** The notice at the top of every generated file; no dates or versions, so rebuilding changes nothing. */
export function generatedHeader(comment: '//' | '<!--'): string {
  const text = 'Generated from openapi/openapi.yaml by `npm run build`. Do not edit: change the spec or generator/ instead.';
  return comment === '//' ? `// ${text}\n` : `<!-- ${text} -->\n`;
}
