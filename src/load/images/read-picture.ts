import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { InputError } from '../../deck/input-error.js';
import { inside } from './picture-path.js';
import { MAX_IMAGE_BYTES } from './picture.js';

/**
 * Reads an image file that must be a regular file inside `root` once symbolic links are
 * followed (a link out of the lesson's folder is refused like a `../` path), and at most
 * MAX_IMAGE_BYTES. `name` is how messages call it. Throws InputError with one line.
 */
export async function readPictureFile(path: string, root: string, name: string): Promise<Uint8Array> {
  const [realRoot, real] = await Promise.all([realpath(root), realpath(path)]).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${name}: ${error.code === 'ENOENT' ? 'no such file' : describe(error)}`);
  });
  if (!inside(realRoot, real)) throw new InputError(`${name}: refused, it leads outside the lesson's folder`);
  // Non-blocking: opening a FIFO planted in the folder must not hang the presenter.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${name}: ${describe(error)}`);
  });
  try {
    // Checked on the open handle: the file cannot be swapped between the check and the read.
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${name}: not a regular file`);
    if (info.size > MAX_IMAGE_BYTES) {
      throw new InputError(`${name}: too large for a picture (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMAGE_BYTES / 1024 / 1024} MB)`);
    }
    if (info.size === 0) throw new InputError(`${name}: the file is empty`);
    const bytes = new Uint8Array(info.size);
    const { bytesRead } = await handle.read(bytes, 0, info.size, 0);
    return bytes.subarray(0, bytesRead);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: ${describe(error as NodeJS.ErrnoException)}`);
  } finally {
    await handle.close();
  }
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read (${error.code ?? error.message})`;
  }
}
