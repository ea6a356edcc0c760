// Compile-time test: the record types the code uses (src/domain/types.ts) and the types
// generated from the JSON Schemas (scripts/schema-types.js) are assignable both ways, record
// kind by record kind. `npm test` type-checks this file; a drift is a compile error naming the
// kind. Nothing here runs.
import type {
  Client,
  Complaint,
  Incident,
  Training,
  GroupActivity,
  ContactRecord,
  Contract,
  Goals,
  SpisConfig,
  Termination,
} from '../src/domain/types.js';
import type {
  ClientSchema,
  ComplaintSchema,
  IncidentSchema,
  TrainingSchema,
  GroupActivitySchema,
  ContactRecordSchema,
  ContractSchema,
  GoalsSchema,
  SpisConfigSchema,
  TerminationSchema,
} from './generated/schema-types.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(ok: T): T => ok;

export const checks = [
  agree<Same<Client, ClientSchema.Client>>(true),
  // The generator renders the term's oneOf (indefinite | until) as an open object, so the term is
  // left out here; ajv enforces it at run time and the check catalogue has its golden output.
  agree<Same<Omit<Contract, 'term'>, Omit<ContractSchema.Contract, 'term'>>>(true),
  agree<Same<Goals, GoalsSchema.Goals>>(true),
  agree<Same<ContactRecord, ContactRecordSchema.ContactRecord>>(true),
  agree<Same<Termination, TerminationSchema.Termination>>(true),
  agree<Same<SpisConfig, SpisConfigSchema.SpisConfig>>(true),
  // The complainant's oneOf is rendered as an open object, as the contract's term is (ajv enforces it).
  agree<Same<Omit<Complaint, 'from'>, Omit<ComplaintSchema.Complaint, 'from'>>>(true),
  agree<Same<Incident, IncidentSchema.Incident>>(true),
  agree<Same<Training, TrainingSchema.Training>>(true),
  agree<Same<GroupActivity, GroupActivitySchema.GroupActivity>>(true),
];
