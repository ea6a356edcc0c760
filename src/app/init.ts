// spis init, the application side: the new repository's files written through the one writer,
// git initialised where it is present, and who is at this keyboard recorded for this copy.
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Context } from '../context.js';
import type { SpisConfig } from '../domain/types.js';
import { t } from '../i18n/index.js';
import { CLIENTS_DIR, CONFIG_FILE, SCHEMAS_DIR } from '../store/repo.js';
import { DIR_MODE, ensureDir } from '../store/atomic.js';
import { withWriter } from '../store/writer.js';
import { prepareRecord } from '../store/case-store.js';
import { SCHEMA_DIR } from '../store/validate.js';

/** Creates the repository; says whether git was initialised and whether the worker at this keyboard was recorded. */
export async function createRepository(
  ctx: Context,
  root: string,
  config: SpisConfig,
  me: string | undefined,
): Promise<{ git: boolean; me: boolean }> {
  const spis = prepareRecord({ root }, CONFIG_FILE, 'spis', config);
  ensureDir(root);
  let git = false;
  if (!insideGitRepo(root)) {
    git = spawnSync('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root, stdio: 'ignore' }).status === 0;
    // git before 2.28 has no --initial-branch
    if (!git) git = spawnSync('git', ['init', '--quiet'], { cwd: root, stdio: 'ignore' }).status === 0;
    // .git holds every version of every record: owner only, like the rest.
    if (git) chmodSync(join(root, '.git'), DIR_MODE);
  }
  const schemaDir = fileURLToPath(SCHEMA_DIR);
  const schemas = readdirSync(schemaDir)
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ path: join(root, SCHEMAS_DIR, n), content: readFileSync(join(schemaDir, n), 'utf8') }));
  await withWriter(
    { env: ctx.io.env, stderr: ctx.io.stderr, noCommit: ctx.noCommit },
    root,
    'init',
    (w) => {
      w.write([
        spis,
        ...schemas,
        { path: join(root, 'README.md'), content: t('init.readme', { name: config.provider.name }) },
        { path: join(root, '.gitignore'), content: GITIGNORE },
        { path: join(root, CLIENTS_DIR, '.gitkeep'), content: '' },
      ]);
    },
    { config },
  );
  // Recorded for this copy only (.git/config), as spis sync --setup --worker does for the others.
  const recorded =
    git &&
    me !== undefined &&
    spawnSync('git', ['config', 'spis.worker', me], { cwd: root, stdio: 'ignore' }).status === 0;
  return { git, me: recorded };
}

/** What git must never see: the tool's working state, temp files of interrupted writes, the editor's folder. */
const GITIGNORE =
  "# the tool's working state (lock, pending changes) and temporary files\n.spis/\n.*.tmp\n.spis-tmp/\n";

function insideGitRepo(dir: string): boolean {
  const r = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return r.status === 0 && r.stdout.trim() === 'true';
}
