export function hashFiles(base: string, entries: readonly string[]): Promise<string>;
export function startInputsKey(root: string): Promise<string>;
export function isBuildCurrent(root: string, key: string): Promise<boolean>;
export function recordBuild(root: string, key: string): Promise<void>;
