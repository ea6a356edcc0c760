#!/usr/bin/env node
// More threads for file-system calls made many at a time (spis due checking its cache with the
// disk cold); set before the first one starts the pool. Idle threads cost nothing.
process.env.UV_THREADPOOL_SIZE ??= '16';
const { main } = await import('../dist/cli.js');

// A reader that stops early (spis list | head) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

process.exitCode = await main(process.argv.slice(2));
