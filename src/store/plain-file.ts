// Reading one whole file that must be a regular file reached without following a link at its
// end: records (read-yaml.ts) and the tool's own state (stamp-check.ts). Light: no parser here.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The file's bytes, or `tooLarge` past `max`. Throws ELOOP for a link, EISDIR for anything
 * that is not a regular file; `nonBlocking` opens a FIFO without waiting for a writer (it is
 * then refused as not a file).
 */
export function readRegularFile(abs: string, max: number, nonBlocking = false): { bytes: Buffer } | { tooLarge: true } {
  const fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | (nonBlocking ? constants.O_NONBLOCK : 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    if (st.size > max) return { tooLarge: true };
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return { bytes: buf.subarray(0, off) };
  } finally {
    closeSync(fd);
  }
}
