// spis client new, the prompts: who the applicant is, whether they have been a client before,
// what they ask for, and the summary before the case is opened.
import type { Context } from '../context.js';
import { codeList } from '../domain/config.js';
import { clientLabel } from '../domain/case.js';
import { clientFromInput, type ClientInput } from '../domain/new-client.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import { findSamePerson } from '../store/case-store.js';

/** The applicant asked at the prompts and summarised before saving; undefined when discarded. */
export async function askClientReviewed(ctx: Context, repo: Repo): Promise<ClientInput | undefined> {
  const { askAndReview } = await import('./review.js');
  return askAndReview(ctx, (c) => askClient(c, repo), {
    summary: (x) => t('client.summary', { label: clientLabel(clientFromInput(x, '–', ctx.today)), sex: x.sex }),
    question: t('prompt.save'),
  });
}

async function askClient(ctx: Context, repo: Repo): Promise<ClientInput> {
  const { createPrompter } = await import('./prompts.js');
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
