// The baseline for `spis check`: read every record of a repository and parse it with js-yaml,
// validating nothing, on one thread. `spis check` does all that and more (schemas, rules).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

let files = 0;
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.yaml')) {
      load(readFileSync(p, 'utf8'), { schema: CORE_SCHEMA });
      files++;
    }
  }
};
const root = process.argv[2];
load(readFileSync(join(root, 'spis.yaml'), 'utf8'), { schema: CORE_SCHEMA });
for (const top of ['clients', 'archive']) {
  try {
    walk(join(root, top));
  } catch {
    // no archive
  }
}
console.log(files);
