// Messages locate and explain, never quote a personal value: not in the message, not in the
// excerpt under it, not in cron mail, not when a scripted record is refused.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, scratch } from './helpers/cli.js';

const { example } = scratch();

const SECRETS = ['420777123456', '0103151234', '103151234', '1986-02-30', 'jana@@example', 'Horáková', 'Lucie', 'střídavou péči', 'Dlouhá 17'];

function breakClient(dir: string): void {
  const p = join(dir, 'clients/2026-0003/client.yaml');
  const text = readFileSync(p, 'utf8')
    .replace('phone: "+420 600 000 333"', 'phone: 420777123456\nbirth_number: 0103151234\nemail: jana@@example\naddress: [Dlouhá 17\n  ]')
    .replace('birth_year: 1993', 'birth_date: 1986-02-30')
    .replace('request: Po rozchodu s partnerem řeší, jak dětem vysvětlit střídavou péči.', 'request:\n  - Po rozchodu řeší střídavou péči.');
  writeFileSync(p, text);
}

describe('privacy in every message', () => {
  it('check names the field, line and the form needed – never the value – and hides it in the excerpt', async () => {
    const dir = example();
    breakClient(dir);
    const cs = await run(['check', '-C', dir]);
    const en = await run(['check', '-C', dir, '--lang', 'en']);
    expect(cs.code).toBe(1);
    for (const out of [cs.stdout + cs.stderr, en.stdout + en.stderr]) for (const s of SECRETS) expect(out).not.toContain(s);
    expect(cs.stdout).toContain('„phone“ má mít text, ne číslo');
    expect(cs.stdout).toContain('Hodnotu dejte do uvozovek');
    await expect(`${cs.stdout}--- en ---\n${en.stdout}`.replaceAll(dir, '<repo>')).toMatchFileSnapshot('golden/privacy/check.txt');
  });

  it('the cron mail of due --quiet holds no personal value of a broken record', async () => {
    const dir = example();
    breakClient(dir);
    const r = await run(['due', '--quiet', '-C', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('clients/2026-0003/client.yaml');
    for (const s of SECRETS) expect(r.stdout + r.stderr).not.toContain(s);
  });

  it('a refused client new does not echo the birth date, phone or birth number', async () => {
    const dir = example();
    const r = await run(['client', 'new', '--from', '-', '-C', dir], {
      stdin: 'name: {given: Lucie, family: Horáková}\nsex: female\ntarget_group: rodiny_s_detmi\nbirth_date: 1986-02-30\nphone: 420777123456\nemail: jana@@example\n',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:4:');
    for (const s of SECRETS) expect(r.stderr).not.toContain(s);
    await expect(r.stderr).toMatchFileSnapshot('golden/privacy/client-new.txt');
  });
});
