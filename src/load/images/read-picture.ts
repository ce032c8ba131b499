import { promises as fs } from 'node:fs';
import { InputError } from '../../deck/input-error.js';
import { isWithin } from '../inside-folder.js';
import { fsError, readRegularFile } from '../read-file.js';
import { MAX_IMAGE_BYTES } from './picture.js';

/**
 * Reads an image file that must be a regular file inside `root` once symbolic links are
 * followed (a link out of the lesson's folder is refused like a `../` path), and at most
 * MAX_IMAGE_BYTES, through the one capped reader (no FIFO hang, no /dev/zero). `name` is how
 * messages call it. Throws InputError with one line.
 */
export async function readPictureFile(path: string, root: string, name: string): Promise<Uint8Array> {
  const [realRoot, real] = await Promise.all([fs.realpath(root), fs.realpath(path)]).catch((error: NodeJS.ErrnoException) => {
    throw fsError(error, name);
  });
  if (!isWithin(real, realRoot)) throw new InputError(`${name}: refused, it leads outside the lesson's folder`);
  const { bytes } = await readRegularFile(real, { cap: MAX_IMAGE_BYTES, name, kind: 'a picture' });
  if (bytes.length === 0) throw new InputError(`${name}: the file is empty`);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
