/**
 * Newline-delimited JSON, as lectern's local links speak it (the notes link, the local
 * follower socket): lines read from a stream with a bound on their length, each an object.
 */

/** A line longer than this (64 K characters; messages are short) is dropped unread. */
export const MAX_LINE_LENGTH = 64 * 1024;

/**
 * Splits a stream of text into lines and passes each to `onLine`. A line that grows past
 * MAX_LINE_LENGTH is dropped as a whole, up to its newline, without being kept in memory.
 */
export function lineReader(onLine: (line: string) => void): (chunk: string) => void {
  let buffer = '';
  let discarding = false;
  return (chunk) => {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const line = buffer + chunk.slice(start, nl);
      buffer = '';
      if (!discarding && line.length <= MAX_LINE_LENGTH) onLine(line);
      discarding = false;
      start = nl + 1;
    }
    if (discarding) return;
    buffer += chunk.slice(start);
    if (buffer.length > MAX_LINE_LENGTH) {
      buffer = '';
      discarding = true;
    }
  };
}

/** The JSON object on one line, or undefined for anything else (bad JSON, an array, a string…). */
export function parseJsonObject(line: string): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}
