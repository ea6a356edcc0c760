// The rules of the incidents register (incidents/*.yaml): each incident's number is its file name,
// its kind is in the service's code list, the workers and cases it names exist, and its dates are
// in order (no one informed, no step due and no closing before it happened; nothing in the future
// but the steps).
import type { Problem } from '../problems.js';
import { codeList } from '../domain/config.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { isIsoDate } from '../domain/dates.js';
import type { ServiceFolder } from '../store/service-records.js';
import type { PathSegment } from '../store/yaml-file.js';
import { at, position, type Finding } from './rules.js';
import type { RegisterContext } from './complaints.js';

export function checkIncidents(register: ServiceFolder<'incident'>, ctx: RegisterContext): Problem[] {
  const workers = ctx.config.workers.map((w) => w.id);
  const kinds = Object.keys(codeList(ctx.config, 'incident_kinds'));
  const out: Finding[] = [];
  for (const rec of register.records) {
    const i = rec.data;
    if (i.id !== rec.id) out.push(at(rec, 'register-id-mismatch', ['id'], { value: i.id, name: `${rec.id}.yaml` }));
    if (!kinds.includes(i.kind))
      out.push(
        at(rec, 'unknown-code', ['kind'], {
          value: i.kind,
          list: 'incident_kinds',
          allowed: kinds.join(', '),
        }),
      );
    if (!workers.includes(i.worker))
      out.push(
        at(rec, 'unknown-worker', ['worker'], {
          value: i.worker,
          known: workers.join(', '),
          suggestion: didYouMean(i.worker, workers),
        }),
      );
    i.cases?.forEach((c, n) => {
      if (!ctx.cases.has(c)) out.push(at(rec, 'unknown-case', ['cases', n], { value: c }));
    });
    const order = (path: PathSegment[], later: string | undefined): void => {
      if (isIsoDate(later) && isIsoDate(i.date) && later < i.date)
        out.push(at(rec, 'date-order', path, { value: later, other: i.date, label: 'date' }));
    };
    i.informed?.forEach((x, n) => order(['informed', n, 'date'], x.date));
    i.follow_up?.forEach((x, n) => order(['follow_up', n, 'due'], x.due));
    order(['closed', 'date'], i.closed?.date);
    const future = (path: PathSegment[], value: string | undefined): void => {
      if (isIsoDate(value) && value > ctx.today) out.push(at(rec, 'date-future', path, { value, today: ctx.today }));
    };
    future(['date'], i.date);
    i.informed?.forEach((x, n) => future(['informed', n, 'date'], x.date));
    future(['closed', 'date'], i.closed?.date);
  }
  return [...register.problems, ...out.map(position)];
}
