// Purged means gone in every clone, on the server and in every cache, tried as a team: a bare
// server and two clones, real git, the built binary. The purged case is the example's archived
// 2025-0012 (retention until 30. 3. 2036).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOST } from '../../src/store/atomic.js';
import { scratch } from '../helpers/cli.js';
import { cloneFor, gitIn, makeTeam, spisIn, type Team, type Transport } from '../helpers/git.js';
import { htmlWords, pdfPages, pdfWords } from '../helpers/pdf.js';
import { useSshd } from '../helpers/sshd.js';

const { tmp } = scratch();
// The first two scenarios run over the file system and over ssh:// (a private sshd; skipped where none can start).
const sshd = await useSshd();
const ID = '2025-0012';
/** Every value of the purged client that identifies her (from the example's client.yaml). */
const SECRETS = ['Kučerová', 'Zahradní 5', '787 01', 'Pěstounka zvažuje', 'Převzetí po změně'];
const LATER = { SPIS_TODAY: '2036-04-01' };
const contact = (summary: string): string => `type: konzultace\nform: telefon\nsummary: ${summary}\n`;

const at = (team: Team, dir: string, args: string[], opts: { stdin?: string; code?: number } = {}) => {
  const r = spisIn(team, dir, args, { env: LATER, stdin: opts.stdin });
  expect(r.code, `${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(opts.code ?? 0);
  return r;
};

/** What a repository (bare or not) holds of the purged case: paths of its objects, and objects whose content names her. */
function traces(team: Team, gitDir: string): { paths: string[]; secrets: string[] } {
  const env = { ...process.env, HOME: team.home };
  const objects = spawnSync('git', ['--git-dir', gitDir, 'rev-list', '--objects', '--all'], {
    encoding: 'utf8',
    env,
  }).stdout;
  const paths = objects
    .split('\n')
    .map((l) => l.slice(41))
    .filter((p) => p.includes(ID) && !p.startsWith('disposal/'));
  const all = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch-all-objects', '--batch'], {
    encoding: 'latin1',
    env,
    maxBuffer: 1 << 28,
  }).stdout;
  const text = Buffer.from(all, 'latin1').toString('utf8');
  return { paths, secrets: SECRETS.filter((s) => text.includes(s)) };
}

/** The cache files and .spis-tmp of a clone hold nothing of the case. */
function derived(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    if (!existsSync(d)) return;
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const text = readFileSync(p, 'utf8');
        if (text.includes(ID) || SECRETS.some((s) => text.includes(s))) out.push(p.slice(dir.length + 1));
      }
    }
  };
  walk(join(dir, '.spis/cache'));
  walk(join(dir, '.spis-tmp'));
  return out;
}

/** Runs the history rewrite spis prints, on the server, as its administrator would. */
function rewriteServer(team: Team, dir: string): void {
  const printed = spisIn(team, dir, ['purge', '--print-history-rewrite']).stdout.split('\n');
  const start = printed.findIndex((l) => l.startsWith('# b)'));
  for (const c of printed
    .slice(start + 1)
    .filter((l) => l.startsWith('  git '))
    .map((l) => l.trim())) {
    const r = spawnSync('sh', ['-c', c], {
      cwd: team.remote,
      encoding: 'utf8',
      env: { ...process.env, HOME: team.home, FILTER_BRANCH_SQUELCH_WARNING: '1' },
    });
    expect(r.status, `${c}: ${r.stderr}`).toBe(0);
  }
}

function archiveAndShare(team: Team & { first: string }, b: string): void {
  expect(spisIn(team, team.first, ['archive', ID]).code).toBe(0);
  expect(spisIn(team, team.first, ['sync']).code).toBe(0);
  expect(spisIn(team, b, ['sync']).code).toBe(0);
  expect(existsSync(join(b, 'archive', ID))).toBe(true);
}

const transports: [string, Transport | undefined][] = [
  ['file system', undefined],
  ...(sshd ? [['ssh://', { url: sshd.url, env: sshd.env }] as [string, Transport]] : []),
];

describe.each(transports)('a purge holds against the rest of the team (%s)', (_, transport) => {
  it.each(['the other clone', 'the purging clone'])(
    'an old clone cannot undo the rewrite (%s syncs first): refused, its work carried over with --reclone, no object of the case comes back',
    (firstToSync) => {
      const team = makeTeam(tmp(), 'novakova', transport);
      const b = cloneFor(team, 'svoboda');
      archiveAndShare(team, b);
      // B's caches know the case (due lists its end of retention, the report counts it); a second
      // later, so that no file is too fresh to be cached.
      spawnSync('sleep', ['1.1']);
      at(team, b, ['due']);
      at(team, b, ['report', '--year', '2025']);
      expect(derived(b).length).toBeGreaterThan(0);

      const purged = at(team, team.first, ['purge', '--expired', '--yes']);
      expect(purged.stdout).toMatch(/Záznam o skartaci: disposal\/2036-04-01-[a-z0-9]{4}\.yaml/);
      at(team, team.first, ['sync']);
      const plain = at(team, b, ['sync']);
      expect(plain.stderr).toContain(`Spis ${ID} byl skartován`);
      expect(existsSync(join(b, 'archive', ID))).toBe(false);
      // Nothing derived of the case stays in the other clone.
      expect(derived(b)).toEqual([]);

      rewriteServer(team, team.first);
      expect(traces(team, team.remote)).toEqual({ paths: [], secrets: [] });

      // Both clones still hold the old history, and each records a contact before it syncs.
      const order = firstToSync === 'the other clone' ? [b, team.first] : [team.first, b];
      const text = (dir: string): string => `Po přepsání historie (${dir === b ? 'B' : 'A'}).`;
      for (const dir of order)
        at(team, dir, ['contact', 'add', '2026-0001', '--from', '-'], { stdin: contact(text(dir)) });
      for (const dir of order) {
        // A plain sync is refused, the server unchanged.
        const before = gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home });
        const refused = at(team, dir, ['sync'], { code: 1 });
        expect(refused.stderr).toContain('byla přepsána');
        expect(refused.stderr).toContain('spis sync --reclone');
        expect(gitIn(team.dir, ['--git-dir', team.remote, 'rev-parse', 'main'], { HOME: team.home })).toBe(before);
        expect(traces(team, team.remote)).toEqual({ paths: [], secrets: [] });
        // --reclone: the unsent contact carried over, the old history gone from the clone.
        const re = at(team, dir, ['sync', '--reclone']);
        expect(re.stderr).toContain('přeneseno neodeslaných změn: 1');
        expect(traces(team, join(dir, '.git'))).toEqual({ paths: [], secrets: [] });
        expect(traces(team, team.remote)).toEqual({ paths: [], secrets: [] });
      }
      at(team, order[0], ['sync']);
      for (const dir of [team.first, b]) {
        const summaries = readdirSync(join(dir, 'clients/2026-0001/contacts')).map((n) =>
          readFileSync(join(dir, 'clients/2026-0001/contacts', n), 'utf8'),
        );
        for (const d of order)
          expect(
            summaries.some((s) => s.includes(text(d))),
            text(d),
          ).toBe(true);
        expect(spisIn(team, dir, ['check'], { env: LATER })).toMatchObject({ code: 0, stdout: '' });
        expect(gitIn(dir, ['status', '--porcelain'], { HOME: team.home })).toBe('');
      }
      // No ref anywhere points to an object of the case (the server's refs included).
      for (const g of [team.remote, join(b, '.git'), join(team.first, '.git')])
        expect(traces(team, g)).toEqual({ paths: [], secrets: [] });
    },
  );

  it('an offline restore after the retention ended is undone at sync, a conflict branch holds nothing of the case, and a restore is refused', () => {
    const team = makeTeam(tmp(), 'novakova', transport);
    const b = cloneFor(team, 'svoboda');
    const c = cloneFor(team, 'mala');
    archiveAndShare(team, b);
    expect(spisIn(team, c, ['sync']).code).toBe(0);
    // Offline, B and C each bring the case back and record work elsewhere; C's spis.yaml also clashes with A's.
    for (const dir of [b, c]) {
      at(team, dir, ['archive', ID, '--restore']);
      at(team, dir, ['contact', 'add', '2026-0001', '--from', '-'], {
        stdin: contact(`Zápis z ${dir === b ? 'B' : 'C'}.`),
      });
    }
    const phone = (dir: string, v: string): void => {
      const p = join(dir, 'spis.yaml');
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^ {2}phone: .*$/m, `  phone: "${v}"`));
    };
    at(team, team.first, ['purge', '--expired', '--yes']);
    phone(team.first, '+420 585 000 001');
    at(team, team.first, ['sync']);
    // B: the restore is undone, her contact arrives.
    const ok = at(team, b, ['sync']);
    expect(ok.stderr).toContain(`Spis ${ID} byl skartován`);
    expect(existsSync(join(b, 'clients', ID))).toBe(false);
    at(team, team.first, ['sync']);
    for (const dir of [team.first, b]) {
      expect(existsSync(join(dir, 'clients', ID)) || existsSync(join(dir, 'archive', ID))).toBe(false);
      const texts = readdirSync(join(dir, 'clients/2026-0001/contacts')).map((n) =>
        readFileSync(join(dir, 'clients/2026-0001/contacts', n), 'utf8'),
      );
      expect(texts.some((s) => s.includes('Zápis z B.'))).toBe(true);
      expect(spisIn(team, dir, ['check'], { env: LATER })).toMatchObject({ code: 0, stdout: '' });
    }
    // C: a clash no field choice expresses – its work waits on a branch that stays here and holds nothing of the case.
    phone(c, '+420 585 000 002');
    const r = at(team, c, ['sync'], { code: 1 });
    const branch = /spis\/konflikt-[\w-]+/.exec(r.stderr)![0];
    expect(r.stderr).not.toContain('uložené i ve sdíleném repozitáři');
    expect(
      gitIn(team.dir, ['--git-dir', team.remote, 'for-each-ref', '--format=%(refname)', 'refs/heads/'], {
        HOME: team.home,
      }),
    ).toBe('refs/heads/main');
    expect(
      gitIn(c, ['ls-tree', '-r', '--name-only', branch, '--', `clients/${ID}`, `archive/${ID}`], { HOME: team.home }),
    ).toBe('');
    expect(gitIn(c, ['show', `${branch}:spis.yaml`], { HOME: team.home })).toContain('+420 585 000 002');
    expect(
      gitIn(
        team.dir,
        ['--git-dir', team.remote, 'ls-tree', '-r', '--name-only', 'main', '--', `clients/${ID}`, `archive/${ID}`],
        { HOME: team.home },
      ),
    ).toBe('');
    expect(spisIn(team, c, ['check'], { env: LATER })).toMatchObject({ code: 0, stdout: '' });
    // Restoring a destroyed case is refused (its disposal record says so).
    const again = spisIn(team, c, ['archive', ID, '--restore'], { env: LATER });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Spis ${ID} byl skartován`);
  });
});

describe('what a purge leaves behind', () => {
  it('copies left by a killed spis edit or print are removed by the next command; a kept one is reported by check, by path', () => {
    const team = makeTeam(tmp(), 'novakova');
    const dead = join(team.first, `.spis-tmp/edit-${HOST}.99999999.0badcafe`);
    const old = join(team.first, '.spis-tmp/print-Ab12Cd');
    for (const d of [dead, old]) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'client.yaml'), 'name: {given: Eva, family: Kučerová}\n');
    }
    const kept = join(team.first, `.spis-tmp/edit-${HOST}.99999998.0badcafe`);
    mkdirSync(kept, { recursive: true });
    writeFileSync(join(kept, 'client.yaml'), 'name: {given: Eva, family: Kučerová}\n');
    writeFileSync(join(kept, '.kept'), '');
    expect(spisIn(team, team.first, ['list']).code).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(old)).toBe(false);
    const check = spisIn(team, team.first, ['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`.spis-tmp/edit-${HOST}.99999998.0badcafe: kopie záznamu z odmítnuté úpravy`);
    expect(check.stdout).not.toContain('Kučerová');
  });

  it('the disposal record: listed, rendered in md (golden), html and pdf with no value of the client, and counted in the report', async () => {
    const team = makeTeam(tmp(), 'novakova');
    expect(spisIn(team, team.first, ['archive', ID]).code).toBe(0);
    const purged = at(team, team.first, ['purge', '--expired', '--yes']);
    const id = /disposal\/(2036-04-01-[a-z0-9]{4})\.yaml/.exec(purged.stdout)![1];
    const list = at(team, team.first, ['disposal']);
    expect(list.stdout).toContain(`${id}  1. 4. 2036  zničeno  1 spis: ${ID}`);
    const md = at(team, team.first, ['disposal', id]).stdout;
    const html = at(team, team.first, ['disposal', id, '--format', 'html']).stdout;
    const pdfFile = join(team.dir, 'skartace.pdf');
    at(team, team.first, ['disposal', id, '--format', 'pdf', '-o', pdfFile]);
    expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(pdfFile);
    const pdfText = pages.join(' ');
    for (const text of [md, html, pdfText, readFileSync(join(team.first, 'disposal', `${id}.yaml`), 'utf8')]) {
      expect(text).toContain(ID);
      for (const secret of [...SECRETS, 'Eva', '1975', 'Šumperk']) expect(text).not.toContain(secret);
    }
    // The PDF holds the HTML's words, page numbered; both renderings and the Markdown are goldens.
    pages.forEach((text, i) => expect(text).toContain(`strana ${i + 1} z ${pages.length}`));
    expect(pdfWords(pages)).toEqual(htmlWords(html));
    expect(pdfText.replace(/\s+/g, ' ')).toContain('Záznam o zničení dokumentů (skartační protokol)');
    await expect(html.replaceAll(id, '<id>')).toMatchFileSnapshot('../golden/render/disposal.html');
    await expect(md.replaceAll(id, '<id>')).toMatchFileSnapshot('../golden/render/disposal.md');
    const report = JSON.parse(at(team, team.first, ['report', '--year', '2036', '--json']).stdout);
    expect(report.disposal).toEqual({ destroyed: 1, proposed: 0 });
  });
});
