// spis init, the prompts: the provider, the kind of service, the workers and who is at this
// keyboard – each answer checked as it is typed.
import type { Context } from '../context.js';
import { SERVICE_KINDS } from '../domain/config.js';
import { icoValid, parseWorker, registrationValid, type InitOptions } from '../domain/provider.js';
import { t } from '../i18n/index.js';
import { validateData } from '../store/validate.js';

const checkIco = (v: string): string | true => (icoValid(v.trim()) ? true : t('init.bad-ico', { value: v.trim() }));
/** The e-mail as spis.yaml's schema takes it (ajv's email format), checked as it is typed. */
const checkEmail = (v: string): string | true =>
  validateData('spis', {
    provider: { name: 'x', ico: '25596641', address: 'x', service: { kind: 'x', name: 'x', paragraph: '§ 37' } },
    workers: [{ id: 'x', name: 'x', email: v.trim() }],
  }).length === 0
    ? true
    : t('init.bad-email');
const checkRegistration = (v: string): string | true => (registrationValid(v) ? true : t('init.bad-registration'));

/** Asks what the options left out; fills `answers` in place. */
export async function askInitAnswers(ctx: Context, answers: InitOptions & { worker: string[] }): Promise<void> {
  const { createPrompter } = await import('./prompts.js');
  const ask = createPrompter(ctx);
  answers.name ??= await ask.text({ message: t('init.ask-name') });
  answers.ico ??= await ask.text({ message: t('init.ask-ico'), validate: checkIco });
  answers.address ??= await ask.text({ message: t('init.ask-address') });
  answers.service ??= await ask.select({
    message: t('init.ask-service'),
    choices: Object.entries(SERVICE_KINDS).map(([value, s]) => ({ name: `${s.name} (${s.paragraph})`, value })),
  });
  answers.registration ??=
    (await ask.text({ message: t('init.ask-registration'), required: false, validate: checkRegistration })) ||
    undefined;
  while (answers.worker.length === 0 || (await ask.confirm({ message: t('init.ask-more-workers'), default: false }))) {
    const id = await ask.text({
      message: t('init.ask-worker-id'),
      validate: (v) => (/^[a-z][a-z0-9-]{0,31}$/.test(v) ? true : t('init.bad-worker-id')),
    });
    const name = await ask.text({ message: t('init.ask-worker-name') });
    const sex = await ask.select({
      message: t('init.ask-worker-sex'),
      choices: [
        { name: t('sex.female'), value: 'f' },
        { name: t('sex.male'), value: 'm' },
      ],
    });
    const email = await ask.text({
      message: t('init.ask-worker-email', { sex: sex === 'f' ? 'female' : 'male' }),
      required: false,
      validate: checkEmail,
    });
    answers.worker.push(`${id}:${name}:${email}:${sex}`);
  }
}

/** Which of the workers is at this keyboard. */
export async function askMe(ctx: Context, workerSpecs: string[]): Promise<string> {
  const { createPrompter } = await import('./prompts.js');
  const workers = workerSpecs.map(parseWorker);
  return createPrompter(ctx).select({
    message: t('init.ask-me'),
    choices: workers.map((w) => ({ name: w.name, value: w.id })),
  });
}
