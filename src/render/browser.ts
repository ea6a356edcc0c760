// `render --format pdf --via-browser`: the system's Chromium prints the HTML exactly as it looks
// (page numbers from the HTML's @page rules). Only a browser already installed is used – nothing
// is ever downloaded. The HTML holds personal data: it goes to .spis-tmp/ (owner only) and is
// removed with the browser's profile whatever happens; the browser resolves no host names.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Repo } from '../store/repo.js';
import { SpisError } from '../problems.js';
import { privateWorkDir, removeEditorTempDir } from '../store/atomic.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The browser to print with: $SPIS_BROWSER, else the first of NAMES on $PATH. */
export function findBrowser(env: NodeJS.ProcessEnv): string | undefined {
  const executable = (p: string) => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (env.SPIS_BROWSER) return executable(env.SPIS_BROWSER) ? env.SPIS_BROWSER : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export function printWithBrowser(html: string, repo: Pick<Repo, 'root'>, env: NodeJS.ProcessEnv = process.env): Buffer {
  const browser = findBrowser(env);
  if (!browser) throw new SpisError('render.no-browser', { names: env.SPIS_BROWSER ?? NAMES.join(', ') });
  const work = privateWorkDir(repo, 'print');
  try {
    const page = join(work, 'document.html');
    const pdf = join(work, 'document.pdf');
    writeFileSync(page, html, { mode: 0o600 });
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-extensions',
      // A template may hold any HTML: no host is ever reached.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      pathToFileURL(page).href,
    ];
    const r = spawnSync(browser, args, { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(pdf);
    } catch {
      // reported below
    }
    if (!bytes || bytes.subarray(0, 5).toString('latin1') !== '%PDF-') {
      const detail =
        (r.error?.message ?? r.stderr ?? '')
          .split('\n')
          .filter((l) => l.trim() !== '')
          .slice(-1)[0] ?? '';
      throw new SpisError('render.browser-failed', { browser, code: String(r.status ?? r.signal ?? '?'), detail });
    }
    return bytes;
  } finally {
    rmSync(work, { recursive: true, force: true });
    removeEditorTempDir(repo);
  }
}
