// The rules of the complaints register (complaints/*.yaml): each complaint's number is its file
// name, the workers and cases it names exist, its dates are in order, and a complaint about a
// worker is not handled by that worker.
import type { Problem } from '../problems.js';
import type { Complaint, SpisConfig } from '../domain/types.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { workerSex } from '../domain/config.js';
import { isIsoDate, type IsoDate } from '../domain/dates.js';
import type { ServiceFolder } from '../store/service-records.js';
import type { PathSegment } from '../store/yaml-file.js';
import { at, position, type Finding } from './rules.js';

export interface RegisterContext {
  config: SpisConfig;
  /** Every case id in clients/ and archive/. */
  cases: ReadonlySet<string>;
  /** A case's household member ids (m1, m2…), read when a register record names them; undefined: not known. */
  household?: (caseId: string) => readonly string[] | undefined;
  today: IsoDate;
}

export function checkComplaints(register: ServiceFolder<'complaint'>, ctx: RegisterContext): Problem[] {
  const known = ctx.config.workers.map((w) => w.id);
  const out: Finding[] = [];
  for (const rec of register.records) {
    const c: Complaint = rec.data;
    if (c.id !== rec.id) out.push(at(rec, 'register-id-mismatch', ['id'], { value: c.id, name: `${rec.id}.yaml` }));
    const worker = (path: PathSegment[], value: string | undefined): void => {
      if (value !== undefined && !known.includes(value))
        out.push(
          at(rec, 'unknown-worker', path, { value, known: known.join(', '), suggestion: didYouMean(value, known) }),
        );
    };
    worker(['handler'], c.handler);
    worker(['worker'], c.worker);
    const kase = (path: PathSegment[], value: string | undefined): void => {
      if (value !== undefined && !ctx.cases.has(value))
        out.push(at(rec, 'unknown-case', path, { value, register: 'complaint' }));
    };
    kase(['from', 'case'], c.from.case);
    kase(['case'], c.case);
    const order = (path: PathSegment[], later: string | undefined, label: string): void => {
      if (isIsoDate(later) && isIsoDate(c.received) && later < c.received)
        out.push(at(rec, 'date-order', path, { value: later, other: c.received, label }));
    };
    order(['deadline'], c.deadline, 'received');
    order(['reply', 'date'], c.reply?.date, 'received');
    for (const [path, value] of [
      [['received'], c.received],
      [['reply', 'date'], c.reply?.date],
    ] as const)
      if (isIsoDate(value) && value > ctx.today)
        out.push(at(rec, 'date-future', [...path], { value, today: ctx.today }));
    if (c.about === 'worker' && c.worker !== undefined && c.handler === c.worker)
      out.push(at(rec, 'handler-concerned', ['handler'], { value: c.worker, wsex: workerSex(ctx.config, c.worker) }));
  }
  return [...register.problems, ...out.map(position)];
}
