/** The lesson the SSH tests serve: our own fixture, shaped like the course lessons (7 slides). */
import { fileURLToPath } from 'node:url';

/** Absolute path of the fixture lesson. */
export const LESSON = fileURLToPath(new URL('../fixtures/classroom-lesson.md', import.meta.url));
