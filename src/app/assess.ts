// spis assess, the application side: whether the case can be assessed, --from read (the
// conclusion under either of its names), and what the assessment writes.
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import { formatDate } from '../domain/dates.js';
import { assessedClient, type AssessInput } from '../domain/assessment.js';
import { statusLabel } from '../ui/format.js';
import { getLang } from '../i18n/index.js';
import type { SoundCase } from '../store/case-store.js';
import { readInput, type ScriptedInput } from './input.js';

export function assertAssessable(kase: SoundCase): void {
  const client = kase.client.data;
  if (client.status !== 'applicant')
    throw new SpisError('assess.not-applicant', { id: kase.id, status: statusLabel(client) });
  if (client.assessment)
    throw new SpisError('assess.already', { id: kase.id, date: formatDate(client.assessment.date, getLang()) });
}

/** `assess --from`: the assessment as given; `conclusion:` (the earlier name) is read as the note. */
export async function readAssessInput(ctx: Context, from: string): Promise<{ input: ScriptedInput; a: AssessInput }> {
  const { input, data: given } = await readInput(ctx, from, 'assess');
  if (given.note !== undefined && given.conclusion !== undefined)
    throw new SpisError('assess.note-twice', { file: input.label });
  const { conclusion, ...rest } = given;
  return { input, a: { ...rest, ...(conclusion !== undefined ? { note: conclusion } : {}) } };
}

/** What the assessment writes into the case as it stands under the lock. */
export function assessWrite(kase: SoundCase, a: AssessInput, input: ScriptedInput | undefined, today: string) {
  assertAssessable(kase);
  const client = assessedClient(kase.client.data, a, today);
  // Problems in the assessment point at the input's own fields.
  const noteKey = (input?.data as AssessInput | undefined)?.conclusion !== undefined ? 'conclusion' : 'note';
  const mapPath = (segs: (string | number)[]): (string | number)[] =>
    segs[0] === 'assessment'
      ? segs[1] === 'note'
        ? [noteKey, ...segs.slice(2)]
        : segs.slice(1)
      : segs[0] === 'key_workers'
        ? [segs[2] === 'from' ? 'date' : 'key_worker']
        : segs;
  return { changes: { client }, opts: { input, mapPath }, result: client.assessment?.key_worker };
}
