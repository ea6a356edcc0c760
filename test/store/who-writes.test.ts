// Who writes a record: the worker at the keyboard (SPIS_WORKER, else the clone's spis.worker),
// the key worker only where nobody is known; an unknown id is an error naming the known ones;
// spis init records who is at the keyboard of the copy it makes.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runBin, scratch, snapshotTree } from '../helpers/cli.js';
import { gitIn } from '../helpers/git.js';

const { tmp, example } = scratch();
const contact = 'type: konzultace\nform: telefon\nsummary: Hovor s kolegyní.\n';
const recorded = (dir: string, out: string): Record<string, unknown> =>
  parse(readFileSync(join(dir, out.trim()), 'utf8'));

describe('the worker at the keyboard', () => {
  it('a colleague recording a contact is its worker; without anyone known, the key worker', () => {
    const dir = example();
    const colleague = runBin(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: contact,
      env: { SPIS_WORKER: 'svoboda' },
    });
    expect(colleague.code, colleague.stderr).toBe(0);
    expect(recorded(dir, colleague.stdout).worker).toBe('svoboda');
    const nobody = runBin(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], { stdin: contact });
    expect(nobody.code, nobody.stderr).toBe(0);
    expect(recorded(dir, nobody.stdout).worker).toBe('novakova'); // the key worker of 2026-0001
    // The input's own worker wins over both.
    const given = runBin(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: `${contact}worker: mala\n`,
      env: { SPIS_WORKER: 'svoboda' },
    });
    expect(recorded(dir, given.stdout).worker).toBe('mala');
  });

  it("the clone's spis.worker counts as SPIS_WORKER does, and the commit carries that worker", () => {
    const dir = example();
    gitIn(dir, ['init', '--quiet', '--initial-branch=main']);
    gitIn(dir, ['add', '-A']);
    gitIn(dir, ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'start']);
    gitIn(dir, ['config', 'spis.worker', 'mala']);
    const r = runBin(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], { stdin: contact });
    expect(r.code, r.stderr).toBe(0);
    expect(recorded(dir, r.stdout).worker).toBe('mala');
    expect(gitIn(dir, ['log', '-1', '--format=%an%n%B'])).toMatch(/Spis-Worker: mala/);
  });

  it('an anonymous one-off contact recorded by the worker at the keyboard, with no key worker in the case', () => {
    const dir = example();
    const opened = runBin(['client', 'new', '--from', '-', '-C', dir], {
      stdin: 'anonymous: true\npseudonym: Paní z telefonu\nsex: female\ntarget_group: rodiny_s_detmi\n',
    });
    expect(opened.code, opened.stderr).toBe(0);
    const id = opened.stdout.trim();
    const input = 'type: zakladni_poradenstvi\nform: telefon\nsummary: Informace o službě.\n';
    // Nobody known: the missing worker is said once, not once per record.
    const unknown = runBin(['contact', 'add', id, '--one-off', '--from', '-', '-C', dir], { stdin: input });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.match(/chybí povinný údaj „worker“/g)).toHaveLength(1);
    const r = runBin(['contact', 'add', id, '--one-off', '--from', '-', '-C', dir], {
      stdin: input,
      env: { SPIS_WORKER: 'novakova' },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(recorded(dir, r.stdout).worker).toBe('novakova');
    expect(parse(readFileSync(join(dir, 'clients', id, 'termination.yaml'), 'utf8')).worker).toBe('novakova');
  });

  it('an unknown SPIS_WORKER (a typo) is an error naming the known ids, and nothing is written', () => {
    const dir = example();
    const before = snapshotTree(dir);
    const r = runBin(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: contact,
      env: { SPIS_WORKER: 'novakov' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'V spis.yaml nikdo s id „novakov“ (z SPIS_WORKER) není; známá id: novakova, svoboda, mala',
    );
    expect(snapshotTree(dir)).toEqual(before);
    // A read is not refused for it.
    expect(runBin(['show', '2026-0001', '-C', dir], { env: { SPIS_WORKER: 'novakov' } }).code).toBe(0);
  });
});

describe('spis init records who is at the keyboard', () => {
  const init = (dir: string, extra: string[]) =>
    runBin([
      'init',
      dir,
      '--name',
      'Poradna Test',
      '--ico',
      '12345679',
      '--address',
      'Dlouhá 1, Brno',
      '--service',
      'odborne_socialni_poradenstvi',
      ...extra,
    ]);

  it('--me names one of the workers; a single worker is the one; an id not among them is refused', () => {
    const two = join(tmp(), 'dva');
    const r = init(two, [
      '--worker',
      'novakova:Jana Nováková::ž',
      '--worker',
      'svoboda:Petr Svoboda::m',
      '--me',
      'svoboda',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Na tomto počítači pracuje Petr Svoboda (spis.worker = svoboda)');
    expect(gitIn(two, ['config', 'spis.worker'])).toBe('svoboda');
    const one = join(tmp(), 'jeden');
    expect(init(one, ['--worker', 'novakova:Jana Nováková::ž']).code).toBe(0);
    expect(gitIn(one, ['config', 'spis.worker'])).toBe('novakova');
    const wrong = init(join(tmp(), 'spatne'), ['--worker', 'novakova:Jana Nováková::ž', '--me', 'novak']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--me novak: mezi pracovníky (--worker) takové id není; známá id: novakova');
  });
});

describe('a mistyped worker id', () => {
  it('gets the id meant, in a record (check), in an option and in SPIS_WORKER', () => {
    const dir = example();
    const p = join(dir, 'clients/2026-0002/contacts/2026-10-05-m2r4.yaml');
    writeFileSync(p, readFileSync(p, 'utf8').replace(/^worker: .*$/m, 'worker: svobda'));
    expect(runBin(['check', '-C', dir]).stdout).toContain('neznámé id pracovníka „svobda“ – myslíte „svoboda“?');
    expect(runBin(['list', '--worker', 'novakva', '-C', dir]).stderr).toContain(
      'Neznámé id pracovníka „novakva“. Pracovníci: novakova, svoboda, mala. Myslíte „novakova“?',
    );
    const r = runBin(['contact', 'add', '2026-0001', '--from', '-', '-C', dir], {
      stdin: contact,
      env: { SPIS_WORKER: 'mal' },
    });
    expect(r.stderr).toContain('Myslíte „mala“?');
  });
});
