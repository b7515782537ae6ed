/** One line of the comparison table. Every cell is preformatted text so each group decides its own units. */
export interface Row {
  group: string;
  label: string;
  measured: string;
  peer: string;
  ratio: string;
  goal: string;
  /** `met`, `not met`, or `n/a` when the row has no goal. */
  status: string;
}

/** A secondary table (per-step timings, per-contender latencies) printed under the main one. */
export interface Detail {
  title: string;
  headers: string[];
  rows: string[][];
}

export interface GroupResult {
  rows: Row[];
  details?: Detail[];
  /** How peers were driven, fallbacks taken, anything a reader needs to trust the numbers. */
  notes?: string[];
}

export interface Settings {
  quick: boolean;
  /** Throughput and emulator: rounds per contender and concurrency, each `roundMs` long after its warm-up. */
  rounds: number;
  firstWarmupMs: number;
  warmupMs: number;
  roundMs: number;
  /** Signer loops, in rounds like throughput. */
  signRounds: number;
  signWarmupMs: number;
  signRoundMs: number;
  /** Fresh processes per contender for cold import, after one unmeasured warm-up each when `coldWarmup`. */
  coldRuns: number;
  coldWarmup: boolean;
}

export const NO_GOAL = { goal: '—', status: 'n/a' } as const;

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number): string => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`);
export const seconds = (valueMs: number): string => `${(valueMs / 1000).toFixed(1)} s`;
export const perSecond = (value: number, unit = 'req/s'): string => `${Math.round(value).toLocaleString('en-US')} ${unit}`;
export const ratio = (value: number, peer: number): string => (peer > 0 && Number.isFinite(value / peer) ? `${(value / peer).toFixed(2)}×` : '—');
export const verdict = (met: boolean): string => (met ? 'met' : 'not met');

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export const MAIN_HEADERS = ['Group', 'Row', 'Measured', 'Peer', 'Ratio', 'Goal', 'Status'] as const;

export function renderReport(options: { title: string; preamble: string[]; rows: Row[]; details: Detail[]; notes: string[] }): string {
  const main = markdownTable(
    MAIN_HEADERS,
    options.rows.map((r) => [r.group, r.label, r.measured, r.peer, r.ratio, r.goal, r.status]),
  );
  const details = options.details.map((d) => `### ${d.title}\n\n${markdownTable(d.headers, d.rows)}`);
  const notes = options.notes.length > 0 ? `### Notes\n\n${options.notes.map((n) => `- ${n}`).join('\n')}` : '';
  return [`# ${options.title}`, options.preamble.join('  \n'), main, ...details, notes].filter(Boolean).join('\n\n') + '\n';
}
