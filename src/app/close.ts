// spis close, the application side: which reasons a case may end for, whether it can be closed,
// the termination protocol from scripted input, and what closing writes into the case.
import type { Context } from '../context.js';
import { SpisError, usageError } from '../problems.js';
import type { SpisConfig, Termination } from '../domain/types.js';
import { codeList, ONE_OFF_REASON } from '../domain/config.js';
import { isOneOffCase, oneOffTermination, openPartialGoals } from '../domain/case.js';
import { closeGoals } from '../domain/termination.js';
import { statusLabel } from '../ui/format.js';
import type { Repo } from '../store/repo.js';
import type { SoundCase } from '../store/case-store.js';
import { readInput, type ScriptedInput } from './input.js';
import { recordWriter } from './worker.js';

export interface CloseOptions {
  reason?: string;
  date?: string;
  from?: string;
}

/** The reasons a case may end for: the one-off reason only for a one-off contact. */
export function terminationReasons(repo: Repo, oneOff: boolean): Record<string, string> {
  const all = codeList(repo.config, 'termination_reasons');
  return oneOff ? all : Object.fromEntries(Object.entries(all).filter(([code]) => code !== ONE_OFF_REASON));
}

/** Why a case cannot be closed now, or nothing. */
export function assertClosable(kase: SoundCase): void {
  const client = kase.client.data;
  const id = kase.id;
  if (client.status === 'closed' || kase.termination) throw new SpisError('close.already-closed', { id });
  if (client.status === 'refused') throw new SpisError('close.refused', { id, sex: client.sex });
  if (isOneOffCase(kase.client.data, kase.contract?.data)) {
    if (kase.contacts.length === 0) throw new SpisError('close.one-off-no-contact', { id });
    return;
  }
  if (client.status !== 'active' || !kase.contract?.data || !kase.goals?.data)
    throw new SpisError('close.no-contract', { id, status: statusLabel(client) });
}

/** `close --from`: the protocol as given, the date, reason and worker filled from the options and the case. */
export async function readTermination(
  ctx: Context,
  repo: Repo,
  kase: SoundCase,
  from: string,
  opts: CloseOptions,
): Promise<{ input: ScriptedInput; termination: Termination }> {
  const { input, data } = await readInput(ctx, from, 'close');
  const termination = {
    ...data,
    date: data.date ?? opts.date ?? ctx.today,
    reason: data.reason ?? opts.reason ?? '',
    worker: data.worker ?? recordWriter(ctx, repo, kase.client.data, ctx.today) ?? kase.contract?.data.worker,
  } as Termination;
  return { input, termination };
}

/** Every open partial goal needs its final outcome in the protocol. */
export function assertAllEvaluated(kase: SoundCase, termination: Termination): void {
  const open = openPartialGoals(kase.goals?.data).filter(
    (g) => !termination.partial_goals?.some((x) => x.goal === g.id),
  );
  if (open.length > 0)
    throw new SpisError('close.goals-missing', { id: kase.id, goals: open.map((g) => g.id).join(', ') });
}

/** What closing writes into the case as it stands under the lock: the protocol, the status, the goals evaluated. */
export function closeWrite(
  kase: SoundCase,
  termination: Termination,
  input: ScriptedInput | undefined,
  config?: Pick<SpisConfig, 'provider'>,
) {
  assertClosable(kase);
  assertAllEvaluated(kase, termination);
  const client = kase.client.data;
  const goals = kase.goals ? { goals: closeGoals(kase.goals.data, termination, client, config) } : {};
  return {
    changes: { termination, client: { ...client, status: 'closed' as const }, ...goals },
    opts: { input },
    result: undefined,
  };
}

/**
 * An anonymous one-off contact ends without a contract and without goals: the termination
 * records the date, the worker and that it was one-off; the case is then archivable.
 */
export function oneOffClosing(kase: SoundCase, opts: CloseOptions): Termination {
  if (opts.from !== undefined) throw usageError('close.one-off-from');
  const last = kase.contacts.at(-1)?.data;
  const date = opts.date ?? last?.date ?? '';
  return { ...oneOffTermination(date, last?.worker ?? ''), ...(opts.reason ? { reason: opts.reason } : {}) };
}

export function closeOneOffWrite(kase: SoundCase, termination: Termination) {
  assertClosable(kase);
  return { changes: { termination, client: { ...kase.client.data, status: 'closed' as const } }, result: undefined };
}
