import { describe, expect, it } from 'vitest';
import { canBeContinued } from '../../../src/terminal/job-control.js';

/** A /proc/PID/stat line: pid (comm) state ppid pgrp session … */
const stat = (pid: number, comm: string, ppid: number, pgrp: number, session: number) => `${pid} (${comm}) S ${ppid} ${pgrp} ${session} 34816 ${pgrp} 4194560`;

describe('canBeContinued', () => {
  it('yes under a job-control shell: the parent is in our session, in another group', () => {
    const procs: Record<string, string> = { self: stat(200, 'node', 100, 200, 100), 100: stat(100, 'bash', 1, 100, 100) };
    expect(canBeContinued((pid) => procs[String(pid)])).toBe(true);
  });

  it('no for an orphaned group: a parent in another session, or in our own group', () => {
    const harness: Record<string, string> = { self: stat(200, 'node', 50, 200, 200), 50: stat(50, 'vitest worker', 1, 40, 40) };
    expect(canBeContinued((pid) => harness[String(pid)])).toBe(false);
    const script: Record<string, string> = { self: stat(201, 'node', 150, 150, 100), 150: stat(150, 'sh', 100, 150, 100) };
    expect(canBeContinued((pid) => script[String(pid)])).toBe(false);
  });

  it('reads names with spaces and parentheses, and assumes yes when /proc says nothing', () => {
    const odd: Record<string, string> = { self: stat(200, 'my (odd) name', 100, 200, 100), 100: stat(100, 'bash', 1, 100, 100) };
    expect(canBeContinued((pid) => odd[String(pid)])).toBe(true);
    expect(canBeContinued(() => undefined)).toBe(true);
  });
});
