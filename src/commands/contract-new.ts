// spis contract new: concluding the contract (the applicant becomes a client), or putting an
// oral contract in writing. Builders: domain/contract.ts; prompts and summary: ui/contract.ts.
import { err, out, type Context } from '../context.js';
import { SpisError, type ExitCode } from '../problems.js';
import { rulesOf } from '../domain/config.js';
import { concludeContract, contractInputPath, oralContract } from '../domain/contract.js';
import { statusLabel } from '../ui/format.js';
import { t } from '../i18n/index.js';
import { readContractInput } from '../app/contract-input.js';
import { updateCase } from '../app/write-case.js';
import { requireInputMode } from '../app/input.js';
import { atKeyboard } from '../app/worker.js';
import { openRepo, contactNamer, loadCaseForEdit } from '../store/index.js';

export async function runContractNew(ctx: Context, id: string, opts: { from?: string }): Promise<ExitCode> {
  requireInputMode(ctx, opts.from); // without --from, only at a terminal
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const kase = loadCaseForEdit(repo, id);
  const client = kase.client.data;
  // An oral contract becomes written when either party asks (§ 91): the same command, with the oral contract's items.
  const converting = oralContract(kase) !== undefined;
  if (!converting && (client.status !== 'applicant' || kase.contract))
    throw new SpisError('contract.not-applicant', { id, status: statusLabel(client) });
  // Seed 003: the assessment comes first. A provider may make it a condition.
  if (!converting && !client.assessment && !client.anonymous) {
    if (rulesOf(repo.config).require_assessment) throw new SpisError('assess.required', { id, sex: client.sex });
    err(ctx, t('assess.no-assessment', { id, sex: client.sex }));
  }
  const got = await readContractInput(
    ctx,
    repo,
    kase,
    opts.from,
    atKeyboard(ctx, repo),
    converting,
    contactNamer(kase.contacts),
  );
  if (!got) return 0;
  const { answers, input } = got;
  const form = await updateCase(ctx, repo, id, converting ? 'contract written' : 'contract new', (fresh) => {
    const now = fresh.client.data;
    if (
      (oralContract(fresh) !== undefined) !== converting ||
      (!converting && (now.status !== 'applicant' || fresh.contract))
    )
      throw new SpisError('contract.not-applicant', { id, status: statusLabel(now) });
    const { changes, contactName } = concludeContract(
      repo.config,
      fresh,
      answers,
      ctx.today,
      converting,
      contactNamer(fresh.contacts),
    );
    const mapPath = converting ? undefined : contractInputPath(contactName);
    return { changes, opts: { input, ...(mapPath ? { mapPath } : {}) }, result: changes.contract.form };
  });
  const formName = t(form === 'oral' ? 'show.contract-oral' : 'show.contract-written');
  out(ctx, t(converting ? 'contract.saved-written' : 'contract.saved', { id, form: formName }));
  return 0;
}
