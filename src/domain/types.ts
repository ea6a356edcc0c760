// The record model. The JSON Schemas in schemas/ are the source of truth; these types mirror
// them, and test/schema-types.check.ts proves at compile time that each record kind agrees
// both ways with the types generated from the schemas (scripts/schema-types.js).
import type { IsoDate } from './dates.js';

export type CaseStatus = 'applicant' | 'active' | 'refused' | 'closed';
export const CASE_STATUSES: readonly CaseStatus[] = ['applicant', 'active', 'refused', 'closed'];
export type GoalOutcome = 'met' | 'partly_met' | 'not_met';
export type PartialGoalStatus = 'open' | 'met' | 'partly_met' | 'not_met' | 'reworded' | 'dropped';
export type ReviewStatus = 'continues' | Exclude<PartialGoalStatus, 'open'>;
export type CodeList = Record<string, string>;
export type CodeListName =
  | 'contact_forms'
  | 'contact_types'
  | 'target_groups'
  | 'termination_reasons'
  | 'refusal_reasons'
  | 'incident_kinds'
  | 'group_kinds';

export interface Worker {
  id: string;
  name: string;
  sex?: 'female' | 'male';
  email?: string;
  role?: string;
  active?: boolean;
  /** The share of a full-time job in direct care (úvazek), from when: a change is a new entry. */
  direct_care?: { from: IsoDate; fte: number }[];
}

export interface ProviderRules {
  personal_goal_review: string;
  assessment: string;
  written_plan_after_contacts: number;
  max_contact_gap: string;
  due_window: string;
  retention_years: number;
  /** From a complaint's receipt to its written reply (default 30d). */
  complaint_reply: string;
  /** A worker's training hours a year (default 24, § 111 zákona č. 108/2006 Sb.). */
  training_hours: number;
  /** Foster-care support: an in-person contact with the carer and the children at least this often (default 2m there). */
  personal_contact?: string;
  /** Foster-care support: the dohoda within this from the finality of the first placement (30d). */
  agreement_deadline?: string;
  /** Foster-care support: the carer's education hours in 12 consecutive months (24, § 47a odst. 2 písm. f)). */
  carer_education?: number;
  report_interval?: string;
  require_assessment?: boolean;
  disposal?: 'delete' | 'procedure';
}

export interface ContractDefaults {
  scope?: string;
  place_time?: string;
  payment?: string;
  internal_rules?: string;
  notice?: string;
  term?: string;
  documents?: string[];
  legal_basis?: string;
}

export interface SpisConfig {
  format?: 1 | 2;
  provider: {
    name: string;
    ico: string;
    address: string;
    phone?: string;
    email?: string;
    representative?: string;
    service: { kind: string; name: string; paragraph: string; law?: string; registration_id?: string; place?: string };
  };
  workers: Worker[];
  /** false: spis due reads every record each time (as --no-cache). */
  cache?: boolean;
  rules?: Partial<ProviderRules>;
  contract_defaults?: ContractDefaults;
  codes?: Partial<Record<CodeListName, CodeList>>;
  /** What a reply to a complaint says of where to turn next. */
  complaints?: { appeal?: string[] };
  git?: GitSettings;
  report?: { age_bands?: string[]; small_cell?: number };
  privacy?: { access_log?: boolean };
}

export interface GitSettings {
  commit?: boolean;
  remote?: string;
  branch?: string;
  reserve_ids?: number;
}

export interface KeyWorkerEntry {
  worker: string;
  from: IsoDate;
  note?: string;
}

export interface Client {
  id: string;
  status: CaseStatus;
  anonymous?: boolean;
  /** The person's first case id, when this is a returning person's later case. */
  person?: string;
  /** The case the work with the family began with: the same in the cases of one family. */
  family?: string;
  name?: { given: string; family: string; title?: string };
  pseudonym?: string;
  sex: 'female' | 'male' | 'unknown';
  birth_year?: number;
  birth_date?: IsoDate;
  district?: string;
  target_group: string;
  address?: string;
  phone?: string;
  email?: string;
  applied: IsoDate;
  request?: string;
  assessment?: { date: IsoDate; workers: string[]; note?: string; key_worker?: string };
  key_workers?: KeyWorkerEntry[];
  legal_representative?: { name: string; relation: string; address?: string; phone?: string; email?: string };
  consents?: Consents;
  refusal?: { date: IsoDate; reason: string; note?: string; worker: string; archive_until?: IsoDate };
  cooperating?: Cooperating[];
  household?: HouseholdMember[];
  /** Foster-care support: an osoba pečující (carer) or an osoba v evidenci (registered, temporary foster care). */
  carer_status?: 'carer' | 'registered';
  note?: string;
}

/** A member of the client's household (a parent, a partner, a child placed in foster care…), numbered m1, m2… within the case. */
export interface HouseholdMember {
  id: string;
  role: 'parent' | 'partner' | 'child' | 'relative' | 'other';
  name?: string;
  sex?: 'female' | 'male' | 'unknown';
  birth_year?: number;
  takes_part?: boolean;
  /** The same person in another case of the family: her own case id, or "2026-0001/m2". */
  person?: string;
  /** A second carer of the household: a party of the dohoda beside the client. */
  carer?: boolean;
  born?: IsoDate;
  /** A child placed in foster care by a court's decision. */
  placement?: Placement;
}

/** A child's placement: the court's decision (its finality starts the dohoda's 30 days), the OSPOD's plan, its end. */
export interface Placement {
  kind?: 'foster' | 'temporary' | 'guardian';
  from: IsoDate;
  court?: string;
  decision?: string;
  decision_date?: IsoDate;
  final?: IsoDate;
  ipod?: IsoDate;
  until?: IsoDate;
  ended?: 'adulthood' | 'return' | 'adoption' | 'court' | 'other';
}

export interface Consents {
  personal_data?: IsoDate;
  personal_data_by?: string;
  email_records?: boolean;
  photos?: boolean;
  date?: IsoDate;
}

/** A person or institution taking part in the case beyond the client and the workers. */
export interface Cooperating {
  name: string;
  role: string;
  organisation?: string;
  phone?: string;
  email?: string;
}

export interface Amendment {
  number: number;
  date: IsoDate;
  effective: IsoDate;
  changes: string;
  scope?: string;
  place_time?: string;
  payment?: string;
  term_until?: IsoDate;
  personal_goal?: string;
  worker?: string;
}

export interface Contract {
  number?: string;
  form: 'written' | 'oral';
  concluded: IsoDate;
  place?: string;
  worker: string;
  recorded_in?: string;
  /** A dohoda o výkonu pěstounské péče: the OSPOD and the day it consented. */
  ospod?: { office: string; consent?: IsoDate };
  representative_party?: boolean;
  service: string;
  scope?: string;
  place_time?: string;
  payment?: string;
  internal_rules?: string;
  notice?: string;
  term: { indefinite?: boolean; until?: IsoDate };
  personal_goal: string;
  email_records?: boolean;
  legal_basis?: string;
  documents?: { name: string; date: IsoDate }[];
  amendments?: Amendment[];
  previous?: PreviousContract[];
  reports?: PeriodicReport[];
}

/** The regular report on foster care (zákon č. 359/1999 Sb.), e.g. every 6 months to the OSPOD. */
export interface PeriodicReport {
  date: IsoDate;
  from: IsoDate;
  to: IsoDate;
  worker: string;
  recipient?: string;
  /** When the carer (the client) was acquainted with the report. */
  acquainted?: IsoDate;
  note?: string;
}

/** A contract this one replaced (an oral contract put in writing), kept in the history. */
export interface PreviousContract {
  form: 'written' | 'oral';
  number?: string;
  concluded: IsoDate;
  worker: string;
  recorded_in?: string;
  replaced: IsoDate;
  reason?: string;
  amendments?: Amendment[];
}

export interface PersonalGoalEvaluation {
  date: IsoDate;
  source?: string;
  participants?: string[];
  client_absent_reason?: string;
  outcome: GoalOutcome;
  satisfaction?: string;
  note?: string;
}

export interface PersonalGoal {
  text: string;
  set: IsoDate;
  source: string;
  evaluations?: PersonalGoalEvaluation[];
}

export interface PartialGoalEvaluation {
  date: IsoDate;
  source?: string;
  progress?: string;
  status: ReviewStatus;
  next_review?: IsoDate;
}

export interface PartialGoal {
  id: string;
  text: string;
  serves?: string;
  /** For a member of the household (client.yaml household: m1, m2…) rather than the client. */
  member?: string;
  criteria: string;
  responsible: string[];
  set: IsoDate;
  source?: string;
  review: IsoDate;
  status: PartialGoalStatus;
  closed?: IsoDate;
  replaced_by?: string;
  evaluations?: PartialGoalEvaluation[];
}

export interface Goals {
  plan?: Plan;
  personal_goals: PersonalGoal[];
  partial_goals: PartialGoal[];
}

export interface Plan {
  written?: IsoDate;
  initial_situation?: string;
  worker?: string;
  participants?: string[];
  participation?: string;
  previous?: { written: IsoDate; worker?: string }[];
}

export interface GoalReview {
  goal: string;
  progress?: string;
  status: ReviewStatus;
  next_review?: IsoDate;
  reworded_as?: string;
}

export interface NewGoal {
  id: string;
  text: string;
  criteria: string;
  responsible: string[];
  review: IsoDate;
  serves?: string;
  member?: string;
}

export interface PersonalGoalReview {
  participants?: string[];
  client_absent_reason?: string;
  outcome: GoalOutcome;
  satisfaction?: string;
  note?: string;
  new_personal_goal?: string;
}

export interface ContactRecord {
  date: IsoDate;
  time?: string;
  form: string;
  type: string;
  place?: string;
  duration_min?: number;
  worker: string;
  participants?: string[];
  /** The household members (client.yaml household) who were there. */
  present?: string[];
  /** The household members a support is for (the children in respite care). */
  members?: string[];
  /** Respite care: the calendar days of all-day care of the child. */
  days?: number;
  cooperating?: Cooperating[];
  summary: string;
  oral_contract?: boolean;
  goal_reviews?: GoalReview[];
  new_goals?: NewGoal[];
  personal_goal_review?: PersonalGoalReview;
  next_meeting?: IsoDate;
  sent_by_email?: boolean;
  /** A correction (contacts/…-xxxx.correction-N.yaml): the original record's file name. */
  corrects?: string;
  correction?: { date: string; worker: string; reason?: string };
}

export interface Termination {
  date: IsoDate;
  reason: string;
  reason_other?: string;
  worker: string;
  one_off?: boolean;
  personal_goal?: { outcome: GoalOutcome; comment?: string; client_absent_reason?: string };
  partial_goals?: { goal: string; outcome: GoalOutcome | 'dropped'; comment?: string }[];
  note?: string;
  archive_until?: IsoDate;
}

/** A place in a record: keys and list indexes, e.g. ['partial_goals', 2, 'review']. */
export type PathSegment = string | number;

export type RecordKind =
  | 'spis'
  | 'client'
  | 'contract'
  | 'goals'
  | 'contact'
  | 'termination'
  | 'complaint'
  | 'incident'
  | 'training'
  | 'group';

/** The type of each record kind's data (test/generated/schema-types.ts proves them against the schemas). */
export interface RecordTypes {
  spis: SpisConfig;
  client: Client;
  contract: Contract;
  goals: Goals;
  contact: ContactRecord;
  termination: Termination;
  complaint: Complaint;
  incident: Incident;
  training: Training;
  group: GroupActivity;
}

/** Whether a participant of a group activity came or sent apologies. */
export type Attendance = 'present' | 'excused';

/**
 * A group activity (groups/RRRR-MM-DD-xxxx.yaml): one event, many participants – when, what kind
 * (codes.group_kinds) and topic, how long, who led it, the participants from the cases (each present
 * or excused), how many others came, and a short record; marked as education, its hours count to
 * each participant's education.
 */
export interface GroupActivity {
  id: string;
  date: IsoDate;
  time?: string;
  kind: string;
  topic: string;
  education?: boolean;
  hours: number;
  workers: string[];
  /** members: the household members of the case who came with the client (a second carer). */
  attendees?: { case: string; attendance: Attendance; members?: string[] }[];
  attendees_purged?: number;
  others?: number;
  other_names?: string[];
  record: string;
}

/** A worker's training (trainings/RRRR-MM-DD-xxxx.yaml, standard 10): when, what, by whom, hours, accreditation. */
export interface Training {
  id: string;
  worker: string;
  date: IsoDate;
  course: string;
  provider?: string;
  hours: number;
  accreditation?: string;
}

/** Who was told of an incident: OSPOD, the police, the family, the management, another. */
export type InformedParty = 'ospod' | 'police' | 'family' | 'management' | 'other';

/**
 * An incident (incidents/RRRR-MM-DD-xxxx.yaml, standard 14): when, what kind (codes.incident_kinds),
 * the cases concerned (linked), what happened and what was done at once, who was informed and when,
 * the steps that follow (each due until the incident is closed), and its closing.
 */
export interface Incident {
  id: string;
  date: IsoDate;
  time?: string;
  kind: string;
  cases?: string[];
  cases_purged?: number;
  children?: boolean;
  summary: string;
  measures: string;
  informed?: { whom: InformedParty; name?: string; date: IsoDate; time?: string }[];
  follow_up?: { step: string; due: IsoDate }[];
  worker: string;
  closed?: { date: IsoDate; conclusion: string };
}

/** How a complaint came: in writing, orally, by e-mail, into the anonymous box. */
export type ComplaintChannel = 'written' | 'oral' | 'email' | 'box';
export type ComplaintOutcome = 'justified' | 'partly' | 'unjustified';

/**
 * A complaint of the service's register (complaints/RRRR-MM-DD-xxxx.yaml): who made it (a case linked,
 * never copied; another person; anonymous; or a case since purged), what it is about, who handles it
 * by when, and the written reply.
 */
export interface Complaint {
  id: string;
  received: IsoDate;
  channel: ComplaintChannel;
  from: { case?: string; name?: string; relation?: string; anonymous?: true; purged?: true };
  about: 'worker' | 'case' | 'service';
  worker?: string;
  case?: string;
  case_purged?: true;
  summary: string;
  handler: string;
  deadline: IsoDate;
  reply?: { date: IsoDate; text: string; outcome: ComplaintOutcome; measures?: string };
}

/** A hand-over: to whom, from when, and why (the note is optional). */
export interface HandOver {
  worker?: string;
  date?: string;
  note?: string;
}
