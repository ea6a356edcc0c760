// The check of the service-level registers (domain/kinds.ts: the kinds kept in a folder beside
// clients/): each folder read against its kind's schema, then its kind's rules. A kind declared
// there without rules here does not compile.
import type { Problem } from '../problems.js';
import { SERVICE_FOLDER_KINDS, type ServiceFolderKind } from '../domain/kinds.js';
import { readServiceFolder, type ServiceFolder } from '../store/service-records.js';
import { checkComplaints, type RegisterContext } from './complaints.js';
import { checkIncidents } from './incidents.js';
import { checkTrainings } from './trainings.js';
import { checkGroups } from './groups.js';

const REGISTER_RULES: { readonly [K in ServiceFolderKind]: (r: ServiceFolder<K>, ctx: RegisterContext) => Problem[] } =
  {
    complaint: checkComplaints,
    incident: checkIncidents,
    training: checkTrainings,
    group: checkGroups,
  };

/** One register's problems by its kind's rules (the schema's problems of its files first). */
export function registerProblems<K extends ServiceFolderKind>(
  register: ServiceFolder<K>,
  ctx: RegisterContext,
): Problem[] {
  const rules: (r: ServiceFolder<K>, c: RegisterContext) => Problem[] = REGISTER_RULES[register.kind];
  return rules(register, ctx);
}

/** Every register's problems, and what dead writers left in their folders. */
export function checkRegisters(root: string, ctx: RegisterContext): { problems: Problem[]; leftovers: string[] } {
  const problems: Problem[] = [];
  const leftovers: string[] = [];
  for (const kind of SERVICE_FOLDER_KINDS) {
    const register = readServiceFolder({ root }, kind);
    problems.push(...registerProblems(register, ctx));
    leftovers.push(...register.leftovers);
  }
  return { problems, leftovers };
}
