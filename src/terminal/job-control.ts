import { readFileSync } from 'node:fs';

/**
 * Ctrl-Z for a full-screen program. In raw mode the terminal sends Ctrl-Z as a byte instead
 * of stopping us, and a SIGTSTP from `kill` would stop us with the terminal still in raw mode
 * on the alternate screen: the shell's prompt would appear there, cursor hidden, keys
 * unechoed. So both go through `suspend`: give the terminal back, then stop for real; `fg`
 * sends SIGCONT and `enter` takes the screen again.
 *
 * We stop with SIGTSTP at its default action, not SIGSTOP: the kernel discards SIGTSTP for
 * a process group no shell controls (an orphaned group, e.g. started by a script or a test
 * harness), where a stop would hang the terminal for good since nobody could `fg` us. When
 * that happens no SIGCONT follows, and a moment later we take the screen back ourselves.
 */
export interface JobControl {
  /** Leaves the screen and stops the process (it returns at once; `enter` runs on continue). */
  suspend(): void;
  /** Removes the signal handlers. */
  stop(): void;
}

/**
 * Whether a shell could continue us after a stop: our parent is a shell with job control
 * when it is in our session but not in our process group (Linux /proc; elsewhere we assume
 * it). Without one (an orphaned group: a script, a test harness) Ctrl-Z does nothing, as
 * it did before: leaving the screen would only open a window in which control keys
 * reach the kernel as signals.
 */
export function canBeContinued(readStat: (pid: number | 'self') => string | undefined = procStat): boolean {
  const mine = statFields(readStat('self'));
  if (!mine) return true;
  const parent = statFields(readStat(mine.ppid));
  if (!parent) return true;
  return parent.session === mine.session && parent.pgrp !== mine.pgrp;
}

function procStat(pid: number | 'self'): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
}

/** ppid, pgrp and session from /proc/PID/stat ("pid (comm) state ppid pgrp session …"). */
function statFields(stat: string | undefined): { ppid: number; pgrp: number; session: number } | undefined {
  if (stat === undefined) return undefined;
  // The command name may hold spaces and parentheses: the fields start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [ppid, pgrp, session] = [fields[1], fields[2], fields[3]].map(Number);
  if (!Number.isInteger(ppid) || !Number.isInteger(pgrp) || !Number.isInteger(session)) return undefined;
  return { ppid: ppid!, pgrp: pgrp!, session: session! };
}

/** How long after asking to stop we conclude the stop was discarded. */
const DISCARDED_AFTER_MS = 50;

/** Installs SIGTSTP/SIGCONT handlers around `leave` (before stopping) and `enter` (after `fg`). */
export function onJobControl(leave: () => void, enter: () => void): JobControl {
  let stopped = false;
  let removed = false;
  const back = () => {
    if (!stopped) return;
    stopped = false;
    // Our handler again, now that the stop (or its refusal) is behind us.
    if (!removed) process.on('SIGTSTP', suspend);
    enter();
  };
  const suspend = () => {
    if (stopped || removed || !canBeContinued()) return;
    stopped = true;
    leave();
    // Without a listener Node gives SIGTSTP back its default action: stop.
    process.off('SIGTSTP', suspend);
    process.kill(process.pid, 'SIGTSTP');
    // Timers wait while we are stopped; after `fg` this finds SIGCONT came first, or not.
    setTimeout(back, DISCARDED_AFTER_MS);
  };
  process.on('SIGTSTP', suspend);
  process.on('SIGCONT', back);
  return {
    suspend,
    stop: () => {
      removed = true;
      process.off('SIGTSTP', suspend);
      process.off('SIGCONT', back);
    },
  };
}
