/**
 * Ctrl-Z for a full-screen program. In raw mode the terminal sends Ctrl-Z as a byte instead
 * of stopping us, and a SIGTSTP from `kill` would stop us with the terminal still in raw mode
 * on the alternate screen: the shell's prompt would appear there, cursor hidden, keys
 * unechoed. So both go through `suspend`: give the terminal back, then stop for real
 * (SIGSTOP, which cannot be caught); `fg` sends SIGCONT and `resume` takes the screen again.
 */
export interface JobControl {
  /** Leaves the screen and stops the process; returns when it is continued. */
  suspend(): void;
  /** Removes the signal handlers. */
  stop(): void;
}

/** Installs SIGTSTP/SIGCONT handlers around `leave` (before stopping) and `enter` (after `fg`). */
export function onJobControl(leave: () => void, enter: () => void): JobControl {
  let stopped = false;
  const suspend = () => {
    if (stopped) return;
    stopped = true;
    leave();
    process.kill(process.pid, 'SIGSTOP');
  };
  const onCont = () => {
    // A SIGCONT without a stop of ours (someone's `kill -CONT`) changes nothing.
    if (!stopped) return;
    stopped = false;
    enter();
  };
  process.on('SIGTSTP', suspend);
  process.on('SIGCONT', onCont);
  return {
    suspend,
    stop: () => {
      process.off('SIGTSTP', suspend);
      process.off('SIGCONT', onCont);
    },
  };
}
