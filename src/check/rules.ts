// Cross-record rules: each a named function over one loaded case that returns the problems it
// finds. `spis check` runs them all and reports every problem, not the first.
import type { Problem, ProblemCode } from '../problems.js';
import type { Params } from '../i18n/index.js';
import type { CodeListName, SpisConfig } from '../domain/types.js';
import { codeList, isFosterCare } from '../domain/config.js';
import { isPersonalPath } from '../domain/privacy.js';
import { didYouMean } from '../domain/did-you-mean.js';
import { problemAtPath, type PathSegment } from '../store/yaml-file.js';
import type { LoadedCase, RecordFile } from '../store/case-store.js';
import { CASE_FILES, correctionNumber } from '../store/case-store.js';
import { isIsoDate, type IsoDate } from '../domain/dates.js';
import { missingContractItems, missingTerminationItems, type Requirement } from '../domain/legal.js';

export interface RuleContext {
  config: SpisConfig;
  kase: LoadedCase;
  today: IsoDate;
}

/** What a rule finds in a record, by record and data path; checkCase turns it into a positioned problem. */
export interface RuleIssue {
  record: RecordFile<unknown>;
  code: ProblemCode;
  path: PathSegment[];
  params: Params;
  target: 'value' | 'key';
}

/** A rule's finding: an issue in a record, or a problem of a whole file (a missing one). */
export type Finding = RuleIssue | Problem;

export type Rule = (ctx: RuleContext) => Finding[];

export function at(
  record: RecordFile<unknown>,
  code: ProblemCode,
  path: PathSegment[],
  params: Params,
  target: 'value' | 'key' = 'value',
): RuleIssue {
  // A value of a field off the allow-list (a birth date) is never quoted: the field is named instead.
  const field = [...path].reverse().find((s) => typeof s === 'string');
  const shown =
    'value' in params && isPersonalPath(path, params.value ?? undefined)
      ? { ...params, value: undefined, field: String(field ?? '') }
      : { ...params, field: params.field ?? String(field ?? '') };
  return { record, code, path, params: shown, target };
}

/** The one place where findings get their file, line and column (the record's full parse, made only now). */
export function position(f: Finding): Problem {
  return 'record' in f ? problemAtPath(f.record.parsed, f.code, f.path, f.params, f.target) : f;
}

/** Only real dates take part in ordering rules; an impossible one is already reported by the schema. */
const isDate = isIsoDate;

export const clientMatchesFolder: Rule = ({ kase }) => {
  const client = kase.client;
  const file = `${kase.dir}/${CASE_FILES.client}`;
  // A client.yaml that is there but could not be read is reported as such, not as missing.
  if (!client)
    return kase.problems.some((p) => p.file === file)
      ? []
      : [{ code: 'missing-client', file, params: { id: kase.id } }];
  if (client.data && client.data.id !== undefined && client.data.id !== kase.id) {
    return [at(client, 'id-mismatch', ['id'], { value: String(client.data.id), folder: kase.id })];
  }
  return [];
};

export const recordsMatchStatus: Rule = ({ kase }) => {
  const client = kase.client?.data;
  if (!client || !kase.client) return [];
  const out: Finding[] = [];
  const status = client.status;
  const clientFile = kase.client;
  const missing = (record: string): Finding => at(clientFile, 'missing-record', ['status'], { status, record });
  // One-off anonymous counselling is given without a contract.
  if ((status === 'active' || (status === 'closed' && !client.anonymous)) && !kase.contract)
    out.push(missing(CASE_FILES.contract));
  if (status === 'closed' && !kase.termination) out.push(missing(CASE_FILES.termination));
  if (status === 'refused' && !client.refusal) out.push(missing('refusal'));
  if ((status === 'applicant' || status === 'refused') && kase.contract) {
    out.push(at(kase.client, 'unexpected-record', ['status'], { status, record: CASE_FILES.contract }));
  }
  if (status !== 'closed' && kase.termination)
    out.push(at(kase.client, 'unexpected-record', ['status'], { status, record: CASE_FILES.termination }));
  if (status !== 'refused' && client.refusal)
    out.push(at(kase.client, 'unexpected-record', ['refusal'], { status, record: 'refusal' }, 'key'));
  if (kase.location === 'archive' && status !== 'closed' && status !== 'refused')
    out.push(at(kase.client, 'status-mismatch', ['status'], { status }));
  // A one-off termination belongs to an anonymous client served without a contract.
  const term = kase.termination;
  if (term?.data?.one_off === true && (kase.contract || !client.anonymous))
    out.push(at(term, 'unexpected-record', ['one_off'], { status, record: 'one_off' }, 'key'));
  if (status === 'closed' && client.anonymous && !kase.contract && term?.data && term.data.one_off !== true)
    out.push(missing(CASE_FILES.contract));
  if (client.anonymous) {
    if (!client.pseudonym) out.push(at(kase.client, 'schema-required', [], { field: 'pseudonym', where: '' }));
    if (client.name)
      out.push(at(kase.client, 'unexpected-record', ['name'], { status: 'anonymous', record: 'name' }, 'key'));
    if (client.birth_date)
      out.push(
        at(kase.client, 'unexpected-record', ['birth_date'], { status: 'anonymous', record: 'birth_date' }, 'key'),
      );
  } else if (!client.name) {
    out.push(at(kase.client, 'schema-required', [], { field: 'name', where: '' }));
  }
  const contract = kase.contract?.data;
  if (contract?.form === 'oral' && kase.contract) {
    const ref = contract.recorded_in;
    if (!ref) out.push(at(kase.contract, 'schema-required', [], { field: 'recorded_in', where: '' }));
    else if (!kase.contacts.some((c) => `${'contacts'}/${c.name}` === ref))
      out.push(at(kase.contract, 'missing-record', ['recorded_in'], { status: 'oral', record: ref }));
  }
  if ((status === 'active' || status === 'closed') && kase.contract && !kase.goals) out.push(missing(CASE_FILES.goals));
  return out;
};

export const workersExist: Rule = ({ config, kase }) => {
  const known = new Set(config.workers.map((w) => w.id));
  const out: Finding[] = [];
  const check = (rec: RecordFile<unknown> | undefined, path: PathSegment[], value: unknown): void => {
    if (rec && typeof value === 'string' && !known.has(value))
      out.push(
        at(rec, 'unknown-worker', path, {
          value,
          known: [...known].join(', '),
          suggestion: didYouMean(value, [...known]),
        }),
      );
  };
  const client = kase.client?.data;
  client?.key_workers?.forEach((k, i) => check(kase.client, ['key_workers', i, 'worker'], k.worker));
  client?.assessment?.workers?.forEach((w, i) => check(kase.client, ['assessment', 'workers', i], w));
  check(kase.client, ['assessment', 'key_worker'], client?.assessment?.key_worker);
  check(kase.client, ['consents', 'personal_data_by'], client?.consents?.personal_data_by);
  check(kase.goals, ['plan', 'worker'], kase.goals?.data?.plan?.worker);
  check(kase.client, ['refusal', 'worker'], client?.refusal?.worker);
  const contract = kase.contract?.data;
  check(kase.contract, ['worker'], contract?.worker);
  contract?.amendments?.forEach((a, i) => check(kase.contract, ['amendments', i, 'worker'], a.worker));
  contract?.previous?.forEach((p, i) => check(kase.contract, ['previous', i, 'worker'], p?.worker));
  contract?.reports?.forEach((r, i) => check(kase.contract, ['reports', i, 'worker'], r?.worker));
  for (const c of kase.contacts) check(c, ['worker'], c.data?.worker);
  check(kase.termination, ['worker'], kase.termination?.data?.worker);
  return out;
};

export const codesExist: Rule = ({ config, kase }) => {
  const out: Finding[] = [];
  const check = (
    rec: RecordFile<unknown> | undefined,
    path: PathSegment[],
    list: CodeListName,
    value: unknown,
  ): void => {
    if (!rec || typeof value !== 'string') return;
    const codes = codeList(config, list);
    if (!(value in codes))
      out.push(at(rec, 'unknown-code', path, { value, list, allowed: Object.keys(codes).join(', ') }));
  };
  const client = kase.client?.data;
  check(kase.client, ['target_group'], 'target_groups', client?.target_group);
  check(kase.client, ['refusal', 'reason'], 'refusal_reasons', client?.refusal?.reason);
  for (const c of kase.contacts) {
    check(c, ['form'], 'contact_forms', c.data?.form);
    check(c, ['type'], 'contact_types', c.data?.type);
  }
  check(kase.termination, ['reason'], 'termination_reasons', kase.termination?.data?.reason);
  return out;
};

export const goalsReferenced: Rule = ({ kase }) => {
  const out: Finding[] = [];
  const goalsFile = kase.goals;
  // goals.yaml there but unreadable: its own problem is reported, not one per goal the contacts name.
  if (goalsFile && !goalsFile.data) return out;
  const goals = goalsFile?.data?.partial_goals ?? [];
  const ids = new Map<string, number>();
  goals.forEach((g, i) => {
    if (typeof g?.id !== 'string') return;
    if (ids.has(g.id) && goalsFile)
      out.push(at(goalsFile, 'duplicate-goal-id', ['partial_goals', i, 'id'], { value: g.id }));
    else ids.set(g.id, i);
  });
  const known = [...ids.keys()].join(', ');
  const unknown = (rec: RecordFile<unknown>, path: PathSegment[], value: unknown): void => {
    if (typeof value === 'string' && !ids.has(value)) out.push(at(rec, 'unknown-goal', path, { value, known }));
  };
  if (goalsFile) goals.forEach((g, i) => unknown(goalsFile, ['partial_goals', i, 'replaced_by'], g?.replaced_by));
  // p1, p2… are the personal goals in their order in goals.yaml.
  const personalCount = goalsFile?.data?.personal_goals?.length ?? 0;
  const personalKnown = Array.from({ length: personalCount }, (_, i) => `p${i + 1}`).join(', ');
  const unknownPersonal = (rec: RecordFile<unknown>, path: PathSegment[], value: unknown): void => {
    if (typeof value === 'string' && !(Number(value.slice(1)) >= 1 && Number(value.slice(1)) <= personalCount))
      out.push(at(rec, 'unknown-goal', path, { value, known: personalKnown }));
  };
  if (goalsFile) goals.forEach((g, i) => unknownPersonal(goalsFile, ['partial_goals', i, 'serves'], g?.serves));
  for (const c of kase.contacts) {
    const rec = c.data;
    if (!rec) continue;
    rec.goal_reviews?.forEach((r, i) => {
      unknown(c, ['goal_reviews', i, 'goal'], r?.goal);
      unknown(c, ['goal_reviews', i, 'reworded_as'], r?.reworded_as);
      const goal = goals.find((g) => g?.id === r?.goal);
      // A goal closed at an earlier meeting cannot be evaluated again; a new goal is set instead.
      if (goal?.closed && isDate(rec.date) && rec.date > goal.closed) {
        out.push(at(c, 'goal-closed', ['goal_reviews', i, 'goal'], { value: goal.id, closed: goal.closed }));
      }
    });
    rec.new_goals?.forEach((g, i) => unknown(c, ['new_goals', i, 'id'], g?.id));
    if (goalsFile) rec.new_goals?.forEach((g, i) => unknownPersonal(c, ['new_goals', i, 'serves'], g?.serves));
  }
  const term = kase.termination;
  term?.data?.partial_goals?.forEach((g, i) => unknown(term, ['partial_goals', i, 'goal'], g?.goal));
  return out;
};

export const datesConsistent: Rule = ({ kase, today }) => {
  const out: Finding[] = [];
  const order = (
    rec: RecordFile<unknown> | undefined,
    path: PathSegment[],
    later: unknown,
    earlier: unknown,
    earlierLabel: string,
  ): void => {
    if (rec && isDate(later) && isDate(earlier) && later < earlier)
      out.push(at(rec, 'date-order', path, { value: later, other: earlier, label: earlierLabel }));
  };
  const future = (rec: RecordFile<unknown> | undefined, path: PathSegment[], value: unknown): void => {
    if (rec && isDate(value) && value > today) out.push(at(rec, 'date-future', path, { value, today }));
  };
  const client = kase.client?.data;
  const applied = client?.applied;
  future(kase.client, ['applied'], applied);
  future(kase.client, ['birth_date'], client?.birth_date);
  order(kase.client, ['assessment', 'date'], client?.assessment?.date, applied, 'applied');
  order(kase.client, ['refusal', 'date'], client?.refusal?.date, applied, 'applied');
  future(kase.client, ['assessment', 'date'], client?.assessment?.date);
  client?.key_workers?.forEach((k, i, all) => {
    if (i > 0) order(kase.client, ['key_workers', i, 'from'], k.from, all[i - 1].from, `key_workers[${i - 1}].from`);
  });
  const contract = kase.contract?.data;
  order(kase.contract, ['concluded'], contract?.concluded, applied, 'client.applied');
  order(kase.contract, ['term', 'until'], contract?.term?.until, contract?.concluded, 'concluded');
  contract?.amendments?.forEach((a, i) => {
    order(kase.contract, ['amendments', i, 'date'], a.date, contract.concluded, 'concluded');
    order(kase.contract, ['amendments', i, 'effective'], a.effective, a.date, 'date');
  });
  // A child's placement: the decision becomes final after it is made; the placement ends after it began.
  client?.household?.forEach((m, i) => {
    const p = m?.placement;
    if (!p) return;
    order(kase.client, ['household', i, 'placement', 'final'], p.final, p.decision_date, 'decision_date');
    order(kase.client, ['household', i, 'placement', 'until'], p.until, p.from, 'from');
    future(kase.client, ['household', i, 'placement', 'decision_date'], p.decision_date);
  });
  const goalsFile = kase.goals;
  future(goalsFile, ['plan', 'written'], goalsFile?.data?.plan?.written);
  // The plan follows the start of the service – the first contract – not the latest one: an oral
  // contract put in writing after the plan was made does not make the plan early.
  const started = [contract?.concluded, ...(contract?.previous ?? []).map((p) => p?.concluded)]
    .filter(isDate)
    .sort()[0];
  order(
    goalsFile,
    ['plan', 'written'],
    goalsFile?.data?.plan?.written,
    started,
    started === contract?.concluded ? 'contract.concluded' : 'contract.previous.concluded',
  );
  contract?.previous?.forEach((p, i) =>
    order(kase.contract, ['previous', i, 'replaced'], p?.replaced, p?.concluded, 'concluded'),
  );
  contract?.reports?.forEach((r, i) => {
    order(kase.contract, ['reports', i, 'to'], r?.to, r?.from, 'from');
    order(kase.contract, ['reports', i, 'date'], r?.date, r?.to, 'to');
    order(kase.contract, ['reports', i, 'from'], r?.from, contract.concluded, 'concluded');
    future(kase.contract, ['reports', i, 'date'], r?.date);
  });
  goalsFile?.data?.personal_goals?.forEach((p, i) => {
    p?.evaluations?.forEach((e, j) =>
      order(goalsFile, ['personal_goals', i, 'evaluations', j, 'date'], e?.date, p.set, 'set'),
    );
  });
  goalsFile?.data?.partial_goals?.forEach((g, i) => {
    if (!g) return;
    order(goalsFile, ['partial_goals', i, 'review'], g.review, g.set, 'set');
    order(goalsFile, ['partial_goals', i, 'closed'], g.closed, g.set, 'set');
    g.evaluations?.forEach((e, j) => {
      order(goalsFile, ['partial_goals', i, 'evaluations', j, 'date'], e?.date, g.set, 'set');
      order(goalsFile, ['partial_goals', i, 'evaluations', j, 'next_review'], e?.next_review, e?.date, 'date');
    });
  });
  for (const c of kase.contacts) {
    const rec = c.data;
    if (!rec) continue;
    if (isDate(rec.date) && rec.date !== c.nameDate)
      out.push(at(c, 'file-name-mismatch', ['date'], { value: rec.date, name: c.name }));
    // A correction names the record it corrects; an original names none.
    if (c.corrections ? rec.corrects !== c.name : rec.corrects !== undefined)
      out.push(at(c, 'correction-mismatch', ['corrects'], { name: c.name, corrected: c.corrections ? 'yes' : 'no' }));
    // Two corrections of one number: made in two clones at once; which one holds is for a person to say.
    const newest = c.corrections?.at(-1);
    const last = newest ? (c.corrections ?? []).filter((k) => correctionNumber(k) === correctionNumber(newest)) : [];
    if (last.length > 1)
      out.push(at(c, 'correction-concurrent', ['corrects'], { name: c.name, corrections: last.join(', ') }));
    future(c, ['correction', 'date'], rec.correction?.date);
    order(c, ['correction', 'date'], rec.correction?.date, rec.date, 'date');
    future(c, ['date'], rec.date);
    order(c, ['date'], rec.date, applied, 'client.applied');
    order(c, ['next_meeting'], rec.next_meeting, rec.date, 'date');
    rec.goal_reviews?.forEach((r, i) => order(c, ['goal_reviews', i, 'next_review'], r?.next_review, rec.date, 'date'));
    rec.new_goals?.forEach((g, i) => order(c, ['new_goals', i, 'review'], g?.review, rec.date, 'date'));
  }
  const term = kase.termination?.data;
  order(kase.termination, ['date'], term?.date, contract?.concluded, 'contract.concluded');
  return out;
};

/** A phone number is digits (a leading + and spaces allowed): "+420 abc 999 888" is not one. */
export const phoneShape: Rule = ({ kase }) => {
  const out: Finding[] = [];
  const check = (rec: RecordFile<unknown> | undefined, path: PathSegment[], v: unknown): void => {
    if (rec && typeof v === 'string' && !/^\+?[0-9](?:[ ]?[0-9]){5,19}$/.test(v.trim()))
      out.push(at(rec, 'schema-pattern', path, { field: 'phone', form: 'phone' }));
  };
  check(kase.client, ['phone'], kase.client?.data?.phone);
  check(kase.client, ['legal_representative', 'phone'], kase.client?.data?.legal_representative?.phone);
  return out;
};

export const emailOnlyWithConsent: Rule = ({ kase }) => {
  // With client.yaml unreadable the consent is unknown: its own problem is reported, not a cascade.
  if (!kase.client?.data) return [];
  const consent = kase.client?.data?.consents?.email_records === true || kase.contract?.data?.email_records === true;
  if (consent) return [];
  return kase.contacts
    .filter((c) => c.data?.sent_by_email === true)
    .map((c) => at(c, 'consent-missing', ['sent_by_email'], {}));
};

/** A written contract carries every item of § 91 odst. 2 (a dohoda, its own items); "other" reasons for ending are specified. */
export const legalItemsPresent: Rule = ({ kase, config }) => {
  const out: Finding[] = [];
  const client = kase.client?.data;
  const contract = kase.contract?.data;
  const files: Record<Requirement['record'], RecordFile<unknown> | undefined> = {
    'client.yaml': kase.client,
    'contract.yaml': kase.contract,
    'goals.yaml': kase.goals,
    'termination.yaml': kase.termination,
  };
  const report = (reqs: Requirement[]): void => {
    for (const r of reqs) {
      const rec = files[r.record];
      if (rec)
        out.push(
          at(
            rec,
            'legal-item-missing',
            r.field.split('.'),
            { what: r.what, paragraph: r.paragraph, field: r.field },
            'key',
          ),
        );
    }
  };
  if (client && contract?.form === 'written') report(missingContractItems(contract, client, isFosterCare(config)));
  if (kase.termination?.data) report(missingTerminationItems(kase.termination.data));
  return out;
};

/** Seed 003: at least two professionals assess the situation – two different people, not one named twice. */
export const assessmentByTwo: Rule = ({ kase }) => {
  const rec = kase.client;
  const workers = rec?.data?.assessment?.workers;
  if (!rec || !Array.isArray(workers)) return [];
  const out: Finding[] = [];
  workers.forEach((w, i) => {
    if (workers.indexOf(w) !== i)
      out.push(at(rec, 'duplicate-worker', ['assessment', 'workers', i], { value: String(w) }));
  });
  return out;
};

/** The household members are numbered once each, and a contact names only members the client record has. */
export const householdReferenced: Rule = ({ kase }) => {
  const out: Finding[] = [];
  const client = kase.client;
  if (!client?.data) return out;
  const ids = new Set<string>();
  client.data.household?.forEach((m, i) => {
    if (ids.has(m.id)) out.push(at(client, 'duplicate-member', ['household', i, 'id'], { value: m.id }));
    ids.add(m.id);
  });
  const known = [...ids].join(', ') || '–';
  const unknown = (rec: RecordFile<unknown>, path: PathSegment[], id: string | undefined): void => {
    if (id !== undefined && !ids.has(id)) out.push(at(rec, 'unknown-member', path, { value: id, known }));
  };
  for (const c of kase.contacts) {
    c.data?.present?.forEach((id, i) => unknown(c, ['present', i], id));
    c.data?.members?.forEach((id, i) => unknown(c, ['members', i], id));
    c.data?.new_goals?.forEach((g, i) => unknown(c, ['new_goals', i, 'member'], g.member));
  }
  const goals = kase.goals;
  if (goals?.data)
    goals.data.partial_goals.forEach((g, i) => unknown(goals, ['partial_goals', i, 'member'], g?.member));
  return out;
};

/**
 * The case's links to other cases – a returning person's first case, the family's case, a member's
 * own case or place in another case's household – each as the problem it would be were the case
 * it names not in the repository. Which are is the whole repository's question (check/repository.ts
 * asks it, with the cases purge destroyed counted as known: a link to one stays true).
 */
export function caseLinks({ kase }: { kase: LoadedCase }): Problem[] {
  const client = kase.client;
  if (!client?.data) return [];
  const link = (path: PathSegment[], value: string | undefined): RuleIssue[] =>
    value === undefined ? [] : [at(client, 'unknown-case', path, { value: value.split('/')[0], register: 'link' })];
  return [
    ...link(['person'], client.data.person),
    ...link(['family'], client.data.family),
    ...(client.data.household ?? []).flatMap((m, i) => link(['household', i, 'person'], m.person)),
  ].map(position);
}

export const noStrayFiles: Rule = ({ kase }) =>
  kase.strayFiles.map((file) => ({ code: 'stray-file' as const, file, params: { file } }));

export const CASE_RULES: readonly Rule[] = [
  clientMatchesFolder,
  recordsMatchStatus,
  workersExist,
  codesExist,
  goalsReferenced,
  householdReferenced,
  datesConsistent,
  emailOnlyWithConsent,
  phoneShape,
  legalItemsPresent,
  assessmentByTwo,
  noStrayFiles,
];

export function checkCase(ctx: RuleContext): Problem[] {
  return [...ctx.kase.problems, ...CASE_RULES.flatMap((rule) => rule(ctx)).map(position)];
}
