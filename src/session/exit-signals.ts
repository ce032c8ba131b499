/** The signals that end lectern, and the exit code for each (128 + the signal's number). */
// SIGQUIT (Ctrl-\\ outside raw mode, `kill -QUIT`) too: Node's default dumps nothing but
// dies on the spot, and Ink's signal-exit hook would unmount without leaving the alternate screen.
const EXIT_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129, SIGQUIT: 131 } as const;

/**
 * Calls `onSignal` with the exit code when SIGINT, SIGTERM, SIGHUP or SIGQUIT arrives (instead of
 * Node's default of dying on the spot, which would leave a terminal in raw mode on the
 * alternate screen). Returns the function that removes the handlers again.
 */
export function onExitSignals(onSignal: (exitCode: number) => void): () => void {
  const handlers = Object.entries(EXIT_SIGNALS).map(([signal, code]) => {
    const handler = () => onSignal(code);
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
