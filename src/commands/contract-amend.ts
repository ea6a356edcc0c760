// spis contract amend: an amendment of the contract, a change of the personal goal among them.
// Builder: domain/contract.ts (amendContract); prompts and summary: ui/contract.ts.
import { out, type Context } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { amendContract } from '../domain/contract.js';
import { t } from '../i18n/index.js';
import { readAmendInput } from '../app/contract-input.js';
import { updateCase } from '../app/write-case.js';
import { requireInputMode } from '../app/input.js';
import { recordWriter } from '../app/worker.js';
import { openRepo, loadCaseForEdit } from '../store/index.js';

export async function runContractAmend(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  requireInputMode(ctx, opts.from); // without --from, only at a terminal
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCaseForEdit(repo, id);
  const [client, contract, goals] = [kase.client.data, kase.contract?.data, kase.goals?.data];
  if (client.status !== 'active' || !contract || !goals) throw new SpisError('contract.not-active', { id });
  const got = await readAmendInput(ctx, repo, opts.from, contract, goals, client);
  if (!got) return 0;
  const { answers, input } = got;
  // The number is taken under the lock: two amendments written at once get 1 and 2, not 1 twice.
  const number = await updateCase(ctx, repo, id, 'contract amend', (fresh) => {
    const writer = recordWriter(ctx, repo, fresh.client.data, answers.date ?? ctx.today);
    const { contract: next, goals: nextGoals, number: n } = amendContract(fresh, answers, ctx.today, writer);
    return {
      changes: { contract: next, ...(nextGoals ? { goals: nextGoals } : {}) },
      opts: { input, mapPath: (segs) => (segs[0] === 'amendments' ? segs.slice(2) : segs) },
      result: n,
    };
  });
  out(ctx, t('amend.saved', { id, number }));
  return 0;
}
