#!/usr/bin/env node
// More threads for file-system calls made many at a time (spis due checking its cache with the
// disk cold); set before the first one starts the pool. Idle threads cost nothing.
process.env.UV_THREADPOOL_SIZE ??= '16';

// `spis --help` alone: the text the build made with the program itself (scripts/compile-help.js),
// without loading commander and every command's declaration.
const args = process.argv.slice(2);
let help;
if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
  const { readFileSync } = await import('node:fs');
  const { detectLang } = await import('../dist/i18n/detect.js');
  try {
    help = readFileSync(new URL(`../dist/help.${detectLang(args, process.env)}.txt`, import.meta.url), 'utf8');
  } catch {
    // not built: the program makes it below
  }
}

// A reader that stops early (spis list | head) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

if (help !== undefined) {
  process.stdout.write(help);
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(args);
}
