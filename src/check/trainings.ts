// The rules of the staff's training records (trainings/*.yaml): the number is the file name, the
// worker is one of the service's, and the course is not dated in the future.
import type { Problem } from '../problems.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { isIsoDate } from '../domain/dates.js';
import type { ServiceFolder } from '../store/service-records.js';
import { at, position, type Finding } from './rules.js';
import type { RegisterContext } from './complaints.js';

export function checkTrainings(register: ServiceFolder<'training'>, ctx: RegisterContext): Problem[] {
  const workers = ctx.config.workers.map((w) => w.id);
  const out: Finding[] = [];
  for (const rec of register.records) {
    const x = rec.data;
    if (x.id !== rec.id) out.push(at(rec, 'register-id-mismatch', ['id'], { value: x.id, name: `${rec.id}.yaml` }));
    if (!workers.includes(x.worker))
      out.push(
        at(rec, 'unknown-worker', ['worker'], {
          value: x.worker,
          known: workers.join(', '),
          suggestion: didYouMean(x.worker, workers),
        }),
      );
    if (isIsoDate(x.date) && x.date > ctx.today)
      out.push(at(rec, 'date-future', ['date'], { value: x.date, today: ctx.today }));
  }
  return [...register.problems, ...out.map(position)];
}
