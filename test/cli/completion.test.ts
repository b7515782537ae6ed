import { execFile, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli, tempHome } from './support.js';

/** Runs a shell script and resolves to its stdout; a failure rejects with the shell's stderr. */
function shell(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { env: { PATH: process.env.PATH, HOME: tempHome() } }, (error, stdout, stderr) => (error ? reject(new Error(`${command} failed: ${stderr}`)) : resolve(stdout))),
  );
}

/** Whether a shell is installed here (zsh and fish come from apt-get: `apt-get install zsh fish`). */
function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

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
    ['configure\'s flags', ['configure', '--'], ['--profile', '--access-key', '--token', '--domain-id', '--endpoint']],
  ])('bash completes %s', async (_case, line, want) => {
    expect(await complete(line)).toEqual(want);
  });

  it.each([
    ['zsh', '#compdef cloud-connect\n', 'autoload -U +X bashcompinit && bashcompinit'],
    ['fish', '# fish completion for cloud-connect', "complete -c cloud-connect -n '__cloud_connect_is cloud-connections list' -l status -x -a 'ACTIVE'"],
  ])('%s script', async (shell, start, line) => {
    const result = await cli(['completion', shell]);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(start)).toBe(true);
    expect(result.stdout).toContain(line);
  });

  it('an unknown shell is a usage error', async () => {
    expect(await cli(['completion', 'tcsh'])).toEqual({ code: 2, stdout: '', stderr: 'error: completion: unknown shell "tcsh"; use bash, zsh or fish.\n' });
  });

  // Where zsh or fish is missing the test is skipped and says so; on this project's machine both are installed.
  describe.skipIf(!installed('zsh'))('zsh', () => {
    it('parses the script (zsh -n), and loading it after compinit registers the completion function', async () => {
      const file = path.join(tempHome(), 'cloud-connect.zsh');
      writeFileSync(file, (await cli(['completion', 'zsh'])).stdout);
      expect(await shell('zsh', ['-n', file])).toBe('');
      const script = `autoload -U compinit && compinit -u -D; source ${file}; print -r -- $_comps[cloud-connect]; setopt ksharrays; COMP_WORDS=(cloud-connect cloud-connections list --status ''); COMP_CWORD=4; _cloud_connect; print -l -- "\${COMPREPLY[@]}"`;
      expect(await shell('zsh', ['-c', script])).toBe('_bash_complete -F _cloud_connect\nACTIVE\n');
    });
  });

  describe.skipIf(!installed('fish'))('fish', () => {
    it('parses the script (fish -n)', async () => {
      const file = path.join(tempHome(), 'cloud-connect.fish');
      writeFileSync(file, (await cli(['completion', 'fish'])).stdout);
      expect(await shell('fish', ['-n', file])).toBe('');
    });

    it.each([
      ['operations of a section', 'cloud-connect cloud-connections u', ['untag', 'update']],
      ['enum values, and no file names', 'cloud-connect cloud-connections list --status ', ['ACTIVE']],
      ['output formats', 'cloud-connect central-networks list --output ', ['json', 'table', 'yaml']],
      ['an aliased operation\'s flags', 'cloud-connect UpdateCloudConnection --desc', ['--description']],
      ['shells', 'cloud-connect completion ', ['bash', 'fish', 'zsh']],
      ['configure\'s flags', 'cloud-connect configure --', ['--access-key', '--domain-id', '--endpoint', '--profile', '--token']],
    ])('completes %s (complete -C, which sorts)', async (_case, line, want) => {
      const file = path.join(tempHome(), 'cloud-connect.fish');
      writeFileSync(file, (await cli(['completion', 'fish'])).stdout);
      const offered = await shell('fish', ['-c', `source ${file}; complete -C '${line}'`]);
      // fish appends each candidate's description after a tab.
      expect(offered.split('\n').filter(Boolean).map((entry) => entry.split('\t')[0])).toEqual(want);
    });
  });
});
