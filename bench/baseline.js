// Baselines for `spis due`: what merely listing or reading a repository costs, validating and
// parsing nothing. `node bench/baseline.js list DIR` lists every folder below clients/ and
// archive/; `node bench/baseline.js read DIR` also reads every file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, root] = process.argv.slice(2);
let n = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (mode === 'read') {
      readFileSync(p);
      n++;
    }
  }
};
for (const top of ['clients', 'archive']) {
  try {
    walk(join(root, top));
  } catch {
    // no archive
  }
}
console.log(n);
