// Build step: the text of `spis --help` in each language (dist/help.cs.txt, dist/help.en.txt),
// made by the program itself, so that bin/spis.js answers `spis --help` without loading the
// program (commander and every command's declaration). A test holds the two equal.
import { writeFileSync } from 'node:fs';
import { Writable, PassThrough } from 'node:stream';
import { main } from '../dist/cli.js';

for (const lang of ['cs', 'en']) {
  let text = '';
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      text += chunk.toString();
      cb();
    },
  });
  const stderr = new Writable({ write: (_c, _e, cb) => cb() });
  const code = await main(['--help'], {
    stdout,
    stderr,
    stdin: new PassThrough(),
    env: { SPIS_LANG: lang },
    cwd: process.cwd(),
  });
  if (code !== 0 || !text) throw new Error(`spis --help (${lang}) gave exit ${code}`);
  writeFileSync(new URL(`../dist/help.${lang}.txt`, import.meta.url), text);
}
