// CPU seconds of this process (every thread) plus the child processes it has waited for, from /proc/self/stat:
// on a shared machine, wall times stretch with the load while the CPU a build needs stays put.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc times; 100 on every Linux this runs on (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

/** Milliseconds of CPU used so far by this process and its reaped children; undefined where /proc is missing. */
export function cpuMsWithChildren(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) start at state; utime, stime, cutime, cstime are 14–17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
