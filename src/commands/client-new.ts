// spis client new: opens a case for an applicant and prints its case id.
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import type { Client } from '../domain/types.js';
import { codeList } from '../domain/config.js';
import { t } from '../i18n/index.js';
import { openRepo, type Repo } from '../store/repo.js';
import { emptyCase, findSamePerson } from '../store/case-store.js';
import { allocateCaseId, hasRemote } from '../store/case-ids.js';
import { readScriptedInput, requireInputMode, type ScriptedInput } from '../app/input.js';
import { asWriter, writeCase } from '../app/write-case.js';
import { clientLabel } from '../domain/case.js';

/** Fields of the scripted input besides those of client.yaml. */
interface ClientInput extends Partial<Client> {
  key_worker?: string;
}

export function clientFromInput(input: ClientInput, id: string, today: string): Client {
  const { key_worker, ...rest } = input;
  const client = { ...rest, id, status: 'applicant', applied: rest.applied ?? today } as Client;
  if (key_worker !== undefined && !rest.key_workers)
    client.key_workers = [{ worker: key_worker, from: client.applied }];
  return client;
}

export async function runClientNew(ctx: Context, opts: { from?: string }): Promise<ExitCode> {
  const mode = requireInputMode(ctx, opts.from);
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  let input: ScriptedInput | undefined;
  let data: ClientInput;
  if (mode === 'scripted') {
    input = await readScriptedInput(ctx, opts.from!, 'client-new');
    data = input.data as ClientInput;
    if ('id' in data || 'status' in data) throw new SpisError('client.input-reserved', { file: input.label });
  } else {
    const { askAndReview } = await import('../ui/review.js');
    const asked = await askAndReview(ctx, (c) => askClient(c, repo), {
      summary: (x) => t('client.summary', { label: clientLabel(clientFromInput(x, '–', ctx.today)), sex: x.sex }),
      question: t('prompt.save'),
    });
    if (!asked) return 0;
    data = asked;
  }
  let linked: string | undefined;
  // The number is chosen under the lock, so two workers opening cases at once get two numbers.
  const { id, provisional } = await asWriter(ctx, repo, 'client new', (w) => {
    const alloc = allocateCaseId(repo.root, ctx.today.slice(0, 4), {
      useGit: w.ownGit,
      team: w.ownGit && hasRemote(repo.root, repo.config),
    });
    w.cases([alloc.id]);
    const client = clientFromInput(data, alloc.id, ctx.today);
    // A returning client (same name and birth date) is the same person: counted once in the report.
    if (mode === 'scripted' && client.person === undefined && client.birth_date) {
      const same = findSamePerson(repo, client);
      if (same?.exact) {
        client.person = same.person;
        linked = same.id;
      }
    }
    const empty = emptyCase(alloc.id);
    writeCase(
      w,
      repo,
      ctx.today,
      empty,
      { client },
      {
        input,
        create: true,
        mapPath: (segs) => (segs[0] === 'key_workers' && data.key_worker !== undefined ? ['key_worker'] : segs),
      },
    );
    alloc.settle();
    return alloc;
  });
  if (provisional) err(ctx, t('client.provisional-id', { id }));
  if (linked) err(ctx, t('client.same-person', { id, earlier: linked }));
  out(ctx, id);
  return 0;
}

async function askClient(ctx: Context, repo: Repo): Promise<ClientInput> {
  const { createPrompter } = await import('../ui/prompts.js');
  const ask = createPrompter(ctx);
  const c: ClientInput = {};
  c.anonymous = await ask.confirm({ message: t('client.ask-anonymous'), default: false });
  if (c.anonymous) {
    c.pseudonym = await ask.text({ message: t('client.ask-pseudonym') });
  } else {
    c.name = {
      given: await ask.text({ message: t('client.ask-given') }),
      family: await ask.text({ message: t('client.ask-family') }),
    };
  }
  c.sex = await ask.select({
    message: t('client.ask-sex'),
    choices: (['female', 'male', 'unknown'] as const).map((value) => ({ name: t(`sex.${value}`), value })),
  });
  if (!c.anonymous) {
    const birth = await ask.date({
      message: t('client.ask-birth-date'),
      optional: true,
      max: ctx.today,
      longAgo: true,
    });
    if (birth) c.birth_date = birth;
  }
  if (!c.birth_date) {
    const year = await ask.number({
      message: t('client.ask-birth-year'),
      optional: true,
      min: 1900,
      max: Number(ctx.today.slice(0, 4)),
    });
    if (year !== undefined) c.birth_year = year;
  }
  // Has this person been a client before? Then the new case belongs to the same person.
  const same = c.anonymous ? undefined : findSamePerson(repo, c);
  if (
    same &&
    (await ask.confirm({
      message: t(same.exact ? 'client.ask-same-person' : 'client.ask-same-person-year', { id: same.id }),
      default: same.exact,
    }))
  )
    c.person = same.person;
  const district = await ask.text({ message: t('client.ask-district'), required: false });
  if (district) c.district = district;
  c.target_group = await ask.select({
    message: t('client.ask-target-group'),
    choices: Object.entries(codeList(repo.config, 'target_groups')).map(([value, name]) => ({ name, value })),
  });
  if (!c.anonymous) {
    for (const field of ['address', 'phone', 'email'] as const) {
      const v = await ask.text({ message: t(`client.ask-${field}`), required: false });
      if (v) c[field] = v;
    }
  }
  c.applied = await ask.date({ message: t('client.ask-applied'), default: ctx.today, max: ctx.today });
  const request = await ask.longText({ message: t('client.ask-request', { sex: c.sex }), required: false });
  if (request) c.request = request;
  const kw = await ask.select<string>({
    message: t('client.ask-key-worker'),
    choices: [
      { name: t('client.no-key-worker'), value: '' },
      ...repo.config.workers.filter((w) => w.active !== false).map((w) => ({ name: w.name, value: w.id })),
    ],
  });
  if (kw) c.key_worker = kw;
  if (!c.anonymous && (await ask.confirm({ message: t('client.ask-representative'), default: false }))) {
    c.legal_representative = {
      name: await ask.text({ message: t('client.ask-rep-name') }),
      relation: await ask.text({ message: t('client.ask-rep-relation', { sex: c.sex }) }),
    };
  }
  return c;
}
