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
    if (stopped || removed) return;
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
