import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, cli } from './support.js';

/** Runs bash with the completion script loaded and asks the completion function what it offers for a line. */
function complete(line: string[]): Promise<string[]> {
  const words = line.map((w) => `'${w}'`).join(' ');
  const script = `source <(node ${bin} completion bash) && COMP_WORDS=(cloud-connect ${words}) && COMP_CWORD=${line.length} && _cloud_connect && printf '%s\\n' "\${COMPREPLY[@]}"`;
  return new Promise((resolve, reject) =>
    execFile('bash', ['-c', script], { env: { PATH: process.env.PATH } }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout.split('\n').filter(Boolean)))),
  );
}

describe('completion scripts', { timeout: 120_000 }, () => {
  it('bash loads the script and registers it (complete -p)', async () => {
    const result = await new Promise<string>((resolve, reject) =>
      execFile('bash', ['-c', `source <(node ${bin} completion bash); complete -p cloud-connect`], { env: { PATH: process.env.PATH } }, (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout))),
    );
    expect(result).toBe('complete -F _cloud_connect cloud-connect\n');
  });

  it.each([
    ['sections', ['central-net'], ['central-networks', 'central-network-policies', 'central-network-attachments', 'central-network-connections', 'central-network-quotas', 'central-network-capabilities']],
    ['operations of a section', ['cloud-connections', 'u'], ['untag', 'update']],
    ['operationId aliases', ['UpdateCloudC'], ['UpdateCloudConnection']],
    ['flags of an operation', ['cloud-connections', 'update', '--cloud'], ['--cloud-connection.name', '--cloud-connection.description']],
    ['flags of an aliased operation', ['UpdateCloudConnection', '--na'], ['--name']],
    ['enum values', ['cloud-connections', 'list', '--status', ''], ['ACTIVE']],
    ['output formats', ['cloud-connections', 'list', '--output', ''], ['json', 'yaml', 'table']],
    ['shells', ['completion', ''], ['bash', 'zsh', 'fish']],
  ])('bash completes %s', async (_case, line, want) => {
    expect(await complete(line)).toEqual(want);
  });

  it.each([
    ['zsh', '#compdef cloud-connect\n', 'autoload -U +X bashcompinit && bashcompinit'],
    ['fish', '# fish completion for cloud-connect', "complete -c cloud-connect -n '__cloud_connect_is cloud-connections list' -l status -r -a 'ACTIVE'"],
  ])('%s script', async (shell, start, line) => {
    const result = await cli(['completion', shell]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(start)).toBe(true);
    expect(result.stdout).toContain(line);
  });

  it('an unknown shell is a usage error', async () => {
    expect(await cli(['completion', 'tcsh'])).toEqual({ code: 2, stdout: '', stderr: 'error: completion: unknown shell "tcsh"; use bash, zsh or fish.\n' });
  });
});
