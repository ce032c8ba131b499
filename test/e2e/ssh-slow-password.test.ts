/**
 * A student who takes their time over the password still gets in: a real OpenSSH client, the
 * server's own deadlines (nothing scaled), and a password typed more than 30 s after the
 * prompt appeared. The one slow test of the SSH suite, alone in its file so that vitest runs
 * it beside the others.
 */
import { afterAll, afterEach, expect, test } from 'vitest';
import { loginBanner } from '../../src/follow/ssh/auth.js';
import { DEFAULT_LOGIN_LIMITS } from '../../src/follow/ssh/limits.js';
import { waitForSlide } from './lectern-screen.js';
import { removeHostKey, sshWithPassword, startTestServer, stopAll } from './ssh-harness.js';

afterEach(stopAll);
afterAll(removeHostKey);

/** Longer than the key exchange deadline three times over, well inside the login grace time. */
const THINKING_MS = 31_000;

test('a password typed 31 s after the prompt gets in; the banner said a password is needed', async () => {
  expect(THINKING_MS).toBeGreaterThan(3 * DEFAULT_LOGIN_LIMITS.kexMs);
  expect(THINKING_MS).toBeLessThan(DEFAULT_LOGIN_LIMITS.loginGraceMs);
  const server = await startTestServer({ auth: { viewerPassword: 'kvm-lxc' }, banner: loginBanner('Kelas Virtualisasi', { viewerPassword: 'x' }) });
  const s = sshWithPassword(server.port);
  await s.waitFor(/password:/, 10_000, 'the password prompt');
  const prompted = Date.now();
  expect(s.text()).toContain('To watch you need the password your teacher gives you.');
  await new Promise((r) => setTimeout(r, THINKING_MS));
  // Still the same connection, still at its prompt: nothing closed it while the student thought.
  expect(Date.now() - prompted).toBeGreaterThanOrEqual(THINKING_MS);
  expect(server.ssh.connections()).toBe(1);
  expect(server.ssh.startups()).toBe(1);
  expect(s.isAlive()).toBe(true);
  s.press('kvm-lxc\r');
  await waitForSlide(s, 1, 10_000);
  expect(server.room.viewers).toBe(1);
  s.press('q');
  expect((await s.exited).exitCode).toBe(0);
}, 60_000);
