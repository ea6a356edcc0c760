// What contract new and contract amend are given: the --from file (checked as the prompts would
// check the answers) or the prompts with their summary (ui/contract.ts). `from`: the --from file
// when the command runs scripted (requireInputMode), else the prompts. Undefined: discarded.
import { personParams } from '../ui/format.js';
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import type { Client, Contract, Goals } from '../domain/types.js';
import { placeOutOfPerson } from '../domain/config.js';
import {
  buildContract,
  clientWithContract,
  ORAL_MEETING_FORM,
  type AmendInput,
  type ContractInput,
} from '../domain/contract.js';
import { t } from '../i18n/index.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { problemAtKey } from '../store/yaml-file.js';
import { removeEditorTempDir } from '../store/atomic.js';
import { readInput, type ScriptedInput } from './input.js';
import { recordWriter } from './worker.js';

export async function readContractInput(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  from: string | undefined,
  atKeyboard: string | undefined,
  converting: boolean,
  nameContact: (date: string) => string,
): Promise<{ answers: ContractInput; input?: ScriptedInput } | undefined> {
  const client = kase.client.data;
  if (from !== undefined) {
    const read = await readInput(ctx, from, 'contract-new');
    const input = read.input;
    let answers = read.data;
    // The oral contract's meeting (in person unless its form says otherwise) has a place only in person.
    const off = placeOutOfPerson({ place: answers.contact?.place, form: answers.contact?.form ?? ORAL_MEETING_FORM });
    if (off)
      throw new SpisError('store.nothing-written', {}, 1, [
        problemAtKey(input.parsed, ['contact', 'place'], 'place-not-in-person', { form: off }),
      ]);
    if (answers.worker === undefined && atKeyboard) answers = { ...answers, worker: atKeyboard };
    // Only the identification a written contract needs may be given here; anything else belongs to spis client edit.
    const extra = Object.keys(answers.client ?? {}).filter((k) => k !== 'birth_date' && k !== 'address');
    if (extra.length)
      throw new SpisError('contract.client-fields', { file: input.label, fields: extra.join(', '), id: kase.id });
    return { answers, input };
  }
  const [{ askAndReview }, { askContract, contractSummary }] = await Promise.all([
    import('../ui/review.js'),
    import('../ui/contract.js'),
  ]);
  const summary = (x: ContractInput): string => {
    const draft = buildContract(repo.config, kase, x, ctx.today, nameContact).contract;
    return contractSummary(ctx, repo, draft, clientWithContract(client, x, draft), converting);
  };
  try {
    const writer = recordWriter(ctx, repo, client, ctx.today);
    const asked = await askAndReview(ctx, (c) => askContract(c, repo, kase, writer), {
      summary,
      question: t('prompt.save-summary', personParams(repo.config, client)),
    });
    return asked ? { answers: asked } : undefined;
  } finally {
    removeEditorTempDir(repo);
  }
}

export async function readAmendInput(
  ctx: Context,
  repo: Repo,
  from: string | undefined,
  contract: Contract,
  goals: Goals,
  client: Client,
): Promise<{ answers: AmendInput; input?: ScriptedInput } | undefined> {
  if (from !== undefined) {
    const { input, data: answers } = await readInput(ctx, from, 'contract-amend');
    return { answers, input };
  }
  const [{ askAndReview }, { askAmendment, amendSummary }] = await Promise.all([
    import('../ui/review.js'),
    import('../ui/contract.js'),
  ]);
  try {
    const asked = await askAndReview(ctx, (c) => askAmendment(c, repo, contract, goals, client), {
      summary: (x) => amendSummary(ctx, contract, x),
      question: t('prompt.save'),
    });
    return asked ? { answers: asked } : undefined;
  } finally {
    removeEditorTempDir(repo);
  }
}
