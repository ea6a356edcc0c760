// English, for --lang en or an English locale. Same keys as cs.ts.
import type { Catalogue } from './cs.js';
import type { Params } from './index.js';

const n = (v: unknown): number => Number(v ?? 0);
const s = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export const en: Catalogue = {
  'cli.description': 'Case files and individual planning for a social service: client records in YAML, under git.',
  'cli.usage': 'Usage:',
  'cli.options': 'Options:',
  'cli.commands': 'Commands:',
  'cli.arguments': 'Arguments:',
  'cli.global-options': 'Global options:',
  'cli.usage-options': '[options]',
  'cli.usage-command': '[command]',
  'cli.help-option': 'display help',
  'cli.help-command': 'display help for a command',
  'cli.version-option': 'display the version',
  'cli.help-footer':
    'The case repository is -C <dir>, SPIS_DIR, or the nearest parent folder holding spis.yaml.\n' +
    'Exit codes: 0 success, 1 problems found / failed, 2 wrong usage.\n' +
    "SPIS_TODAY=YYYY-MM-DD replaces today's date. Example: spis due -C examples/poradna",
  'cli.unknown-option': 'Unknown option {token}.',
  'cli.unknown-command': 'Unknown command {token}.',
  'cli.missing-argument': 'Missing argument {token}.',
  'cli.option-missing-argument': 'Option {token} needs a value.',
  'cli.excess-arguments': 'Too many arguments.',
  'cli.invalid-argument': (p: Params) =>
    `${p.option ? `Option ${p.option}: invalid value "${p.token}"` : `Invalid value: ${p.token}`}${p.allowed ? `; allowed: ${p.allowed}` : ''}.`,
  'cli.see-help': 'Help: spis --help',
  'cli.today-invalid': 'SPIS_TODAY={value} is not a valid date; use YYYY-MM-DD.',

  'cmd.init': 'create a case repository (spis.yaml, clients/, schemas)',
  'cmd.client': 'clients and applicants',
  'cmd.client-new': 'open a case for an applicant and print its case id',
  'cmd.client-edit':
    "changes a client's data (address, birth date, representative, district, target group, cooperating persons…)",
  'cmd.assess': "records an applicant's assessment (at least two workers, conclusion) and appoints the key worker",
  'cmd.plan':
    "records the written individual plan (date, initial situation, the client's part) and can render it at once",
  'cmd.periodic-report': 'records the periodic progress report (every 6 months in foster-care support)',
  'cmd.list': 'list the cases with status, key worker and last contact',
  'cmd.show': 'one case at a glance',
  'cmd.check': 'check every record; prints nothing when all is well',

  'cmd.log': 'the case history from git: when, who, which command and which records',
  'cmd.completion':
    'shell completion of commands, options and case ids: prints the script for bash, zsh or fish (source <(spis completion bash))',
  'cmd.edit':
    'edit a case record by hand in $EDITOR; it is written only when it passes the checks (client, contract, goals, termination; a contact record is never rewritten but corrected by a correction record)',
  'cmd.sync': "exchange changes with the team's shared repository (fetch, integrate, check, push)",
  'opt.dir': 'the case repository folder (else SPIS_DIR or the nearest spis.yaml)',
  'opt.lang': 'output language: cs or en',
  'opt.no-color': 'no colour (also NO_COLOR)',
  'opt.no-commit': 'save changes without committing them to git (also git.commit: false in spis.yaml)',
  'opt.sync-setup': 'set the shared repository (its address) and the goals merge in this clone',
  'opt.sync-worker': 'who works on this computer (worker id from spis.yaml); their changes carry it',
  'opt.json': 'output as JSON',
  'opt.from': 'read the record from a YAML/JSON file, or - for standard input',
  'opt.contact-one-off':
    'a one-off anonymous contact (basic counselling): without a case number opens a new case, records the contact and closes the case at once; with one, closes that anonymous applicant so',
  'opt.plan-render': 'after recording, renders the plan (print-ready HTML) and saves it in documents/',
  'opt.status': 'only cases with status applicant, active, refused or closed',
  'opt.worker': 'only cases of this key worker (id)',
  'opt.archived': 'include archived cases',
  'opt.init-name': "the provider's name",
  'opt.init-ico': "the provider's IČO (8 digits)",
  'opt.init-address': "the provider's address",
  'opt.init-service': 'kind of service, e.g. odborne_socialni_poradenstvi',
  'opt.init-registration': "the service's registration id (7 digits)",
  'opt.init-worker': 'a worker as id:Full Name[:e-mail][:f|m] (f = woman, m = man, for Czech that agrees); repeatable',
  'opt.init-me':
    'which of the workers works at this computer (recorded for this copy as spis.worker); with one worker, that one',

  'ui.hint-label': 'How to fix:',
  'ui.cancelled': 'Cancelled, nothing was saved.',
  'ui.not-saved': 'Not saved.',
  'ui.fs-error': 'Cannot process {path} ({code}). Check that it exists and that you may access it.',
  'ui.internal-error':
    'Internal error: {message}. Nothing was saved. Run again with SPIS_DEBUG=1 and send the output to your administrator.',

  'repo.dir-missing': 'Folder {dir} does not exist. Check the path given to -C or SPIS_DIR.',
  'repo.not-a-repo': 'Folder {dir} is not a case repository (no spis.yaml). Create one with: spis init {dir}',
  'repo.not-found':
    'No case repository (spis.yaml) here or in any parent folder. Use -C <dir>, or create one: spis init <dir>',
  'repo.config-invalid': '{file} has errors (see above); fix them and run the command again.',

  'case.id-invalid': '"{id}" is not a case id; case ids look like YYYY-NNNN, e.g. 2026-0007.',
  'case.not-found':
    'Case {id} does not exist (neither in clients/ nor in archive/). List the cases: spis list --archived',
  'case.symlink':
    'Case {id} is a symbolic link ({file}); spis never follows links. Replace the link by the real case folder.',
  'case.has-problems': 'Case {id} has errors (see above); fix them first, nothing was saved. Check: spis check',
  'case.no-client': 'Case {id} has no client.yaml.',
  'case.exists': 'Case {id} already exists.',
  'case.ids-exhausted': 'No case numbers are left for {year}.',

  'store.invalid-record': 'Record {file} does not match its schema (see above); nothing was saved.',
  'store.nothing-written': 'Nothing was saved: correct the data above and run the command again.',
  'store.record-too-large':
    'The record {file} would be larger than {kib} KiB, which spis does not read; nothing was saved. Shorten the text: a record holds what matters, not whole documents.',
  'store.roundtrip-failed':
    'The edit of {file} cannot be written safely with its content preserved; nothing was saved. Edit the file by hand.',

  'store.outside-repo': '{file} lies outside the case repository; nothing was saved.',
  'store.symlink':
    '{file} is a symbolic link; spis never follows links nor writes through them. Replace the link by a real folder or file. Nothing was saved.',
  'store.move-target-exists': '{file} already exists; nothing was saved or moved.',
  'store.lock-broken':
    'A write that started {started} (command {command}, process {pid}) was interrupted; its lock is released and its change will be completed.',
  'store.git-lock-removed': 'Removed the git lock {file} left by an interrupted write.',
  'store.recovered': 'Completed {count} interrupted write(s).',
  'store.swept': 'Removed {count} temporary file(s) left by an interrupted write.',
  'store.leftovers-noted': 'Found {count} temporary file(s) left by an interrupted write; the next write removes them.',
  'store.commit-failed': 'The change is saved, but git did not take it ({reason}); the next spis sync commits it.',
  'store.no-git':
    'The case repository is not a git repository of its own: changes are saved without history. Run git init in the repository folder to keep a history (this notice is shown once).',
  'lock.busy':
    'Another command is writing to the repository ({command}, process {pid} on {host}, since {started}). Try again in a moment. If no such command runs, delete {file}.',
  'input.not-interactive':
    'No terminal to ask questions on: give the data with --from FILE, or --from - on standard input.',
  'input.unreadable': 'Cannot read input {file} ({code}).',
  'worker.unknown': (p: Params) =>
    `Worker "${p.id}" (${p.source}) is not in spis.yaml; the known workers are: ${p.known}.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''} Correct ${p.source} (e.g. export SPIS_WORKER=…, or spis sync --setup --worker …). Nothing was saved.`,
  'input.invalid': 'Input {file} is not valid YAML or JSON (see above); nothing was saved.',
  'input.unknown-keys':
    'Input {file} holds fields this command does not know (see above); correct their names. Nothing was saved.',

  'input.too-large': 'Input {file} is larger than {limit}; no record is that large. Nothing was saved.',
  'prompt.required': 'This is required.',
  'prompt.yes-no': 'Answer y (yes) or n (no).',
  'prompt.yes-no-hint': '(y/n)',
  'prompt.yes-no-default-yes': '(Y/n)',
  'prompt.yes-no-default-no': '(y/N)',
  'prompt.select-help': '↑↓ navigate • ⏎ select',
  'prompt.date-tip': '(YYYY-MM-DD, 22. 11. 2026, +14d, +1m)',
  'prompt.date-tip-long-ago': '(e.g. 12. 4. 1958 or 1958-04-12)',
  'prompt.date-tip-past': '(YYYY-MM-DD, 22. 11. 2026, today, yesterday)',
  'prompt.date-invalid-long-ago': '"{value}" is not a valid date. Type e.g. 12. 4. 1958 or 1958-04-12.',
  'prompt.date-invalid': '"{value}" is not a valid date. Type e.g. 2026-11-22, 22. 11. 2026 or +14d.',
  'prompt.date-too-early': 'The date may not be before {min}.',
  'prompt.date-too-late': 'The date may not be after {max}.',
  'prompt.editor-tip': '(e = open the editor)',
  'prompt.number-invalid': 'Type a whole number.',
  'prompt.decimal-invalid': 'Enter a number, e.g. 2 or 1.5.',
  'prompt.number-range': 'Type a number from {min} to {max}.',
  'prompt.save': 'Save?',

  'prompt.choice-save': 'save',
  'prompt.choice-change': 'change an answer',
  'prompt.choice-discard': 'discard',
  'prompt.really-discard': 'Really discard all the answers? Nothing will be saved.',
  'prompt.which-answer': 'Which answer to change?',
  'prompt.save-one-off': 'Save the record and close the case as a one-off anonymous contact?',
  'init.exists': 'Folder {dir} already holds a case repository; nothing was changed.',
  'init.missing-flags': 'Without a terminal everything must be given as options; missing: {flags}.',
  'init.bad-worker':
    'Worker "{value}": use id:Full Name[:e-mail][:f|m], e.g. novakova:Mgr. Jana Nováková:novakova@poradna.cz:f.',
  'init.bad-worker-id': 'Id: lower-case letters, digits and dashes, starting with a letter (e.g. novakova).',
  'init.bad-service': 'Unknown kind of service "{value}". Choices: {allowed}.',
  'init.ask-name': "Provider's name",
  'init.ask-ico': 'IČO (8 digits)',
  'init.ask-address': "Provider's address",
  'init.ask-service': 'Kind of social service',
  'init.ask-registration': 'Registration id of the service (7 digits, optional)',
  'init.bad-ico':
    'IČO "{value}" is not valid: it has eight digits, the last a check digit (the first seven weighted 8 to 2, mod 11). Copy it from the public register.',
  'init.bad-registration':
    'The service identifier has seven digits; it is in the register of social service providers.',
  'init.ask-worker-id': 'Worker id (e.g. novakova)',
  'init.ask-worker-name': "Worker's full name",
  'init.ask-worker-sex': 'Man or woman? (for Czech forms in documents: jednal/jednala)',
  'init.ask-worker-email': "Worker's e-mail (optional)",
  'init.bad-email': 'That is not an e-mail address (e.g. jana.novakova@example.org); correct it or leave it empty.',
  'init.ask-me': 'Which of them works at this computer?',
  'init.bad-me': '--me {value}: no worker (--worker) has that id; the known ids: {known}.',
  'init.me': '{name} works at this computer (spis.worker = {id}); elsewhere spis sync --setup --worker <id> sets it.',
  'init.ask-more-workers': 'Add another worker?',
  'init.created': 'Case repository created in {dir}. Next: spis client new.',
  'init.git':
    'A git repository was created too: every write is committed to it (the case history: spis log). To share with the team: spis sync --setup <address>.',
  'init.readme': (p: Params) =>
    `# Case files – ${p.name}\n\n` +
    'This folder is a case repository for the `spis` tool. It holds personal data of clients,\n' +
    'health details included: keep it in secured places only and never send it by e-mail.\n\n' +
    '- `spis.yaml` – provider, workers, rules and code lists\n' +
    '- `clients/<case id>/` – cases of applicants and clients (client, contract, goals, contacts/, termination)\n' +
    '- `archive/<case id>/` – closed cases until the end of the retention period\n' +
    '- `schemas/` – record schemas; a YAML-aware editor uses them for help while typing\n\n' +
    'Check every record: `spis check`. What falls due: `spis due`.\n',

  'client.input-reserved':
    'Input {file} may not contain id or status: the tool assigns the case id and a new case is always an applicant.',
  'client.summary': 'A new case will be opened: {label}, status applicant.',
  'client.provisional-id':
    'The case has a provisional number {id} for now: no number can be reserved safely at the moment (the shared repository is out of reach). The next spis sync gives it its permanent number; until then no document can be made from it.',
  'client.ask-anonymous': 'Anonymous client (one-off counselling without a name)?',
  'client.ask-pseudonym': 'Pseudonym (e.g. Client A)',
  'client.ask-given': 'Given name',
  'client.ask-family': 'Family name',
  'client.ask-sex': 'Sex',
  'client.ask-birth-date': 'Date of birth (optional)',
  'client.ask-birth-year': 'Year of birth (optional)',
  'client.ask-district': 'District of residence before the service (optional)',
  'client.ask-target-group': 'Target group',
  'client.ask-address': 'Address (optional)',
  'client.ask-phone': 'Phone (optional)',
  'client.ask-email': 'E-mail (optional)',
  'client.ask-applied': 'Date of the first contact',
  'client.ask-request': "The applicant's request",
  'client.ask-key-worker': 'Key worker',
  'client.no-key-worker': '(not yet – the assessment appoints one)',
  'client.edit-reserved':
    '{file}: client edit does not change {fields}. It changes: {allowed}. Status changes through spis contract, close, refuse; the key worker through spis key-worker; the assessment through spis assess.',
  'client.edit-nothing': "The client's data in case {id} are unchanged.",
  'client.same-person':
    'Case {id} belongs to the same person as the earlier case {earlier} (same name and birth date); the report counts the person once. If it is someone else: spis client edit {id} with person: null.',
  'client.ask-same-person': 'Case {id} has the same name and birth date. Is it the same person (returning)?',
  'client.ask-same-person-year': 'Case {id} has the same name and year of birth. Is it the same person?',
  'client.field.person': 'same person as case',
  'client.edit-summary': 'Changes: {label}',
  'client.edit-saved': 'Client data in case {id} changed: {fields}.',
  'client.edit-removed': '(removed)',
  'client.field.family': 'family (case)',
  'client.field.household': 'household',
  'client.ask-placement-ended': (p: Params) => `Has the child's placement ended? ${p.member}, placed since ${p.from}`,
  'client.ask-placement-until': 'Last day of the placement',
  'client.ask-placement-why': 'Why the placement ended',
  'client.placement-ended': (p: Params) => `${p.member}: placement ended ${p.until}${p.ended ? ` (${p.ended})` : ''}`,
  'placement.ended.adulthood': 'coming of age',
  'placement.ended.return': 'return to the family',
  'placement.ended.adoption': 'adoption',
  'placement.ended.court': 'another court decision',
  'placement.ended.other': 'another reason',
  'client.edit-clear-tip': '(Enter keeps, - removes)',
  'client.ask-reveal': 'Does the client no longer wish to stay anonymous (gives a name)?',
  'client.ask-change-representative': 'Change the legal representative?',
  'client.ask-keep-cooperating': 'Keep the cooperating person {name} ({role})?',
  'client.ask-cooperating': 'Does another person or institution take part in the case (OSPOD, school, doctor…)?',
  'client.ask-more-cooperating': 'Add another cooperating person or institution?',
  'client.ask-cooperating-name': 'Name or institution',
  'client.ask-cooperating-role': 'Role (e.g. OSPOD social worker, class teacher)',
  'client.ask-cooperating-organisation': 'Organisation (optional)',
  'client.field.anonymous': 'anonymous',
  'client.field.name': 'name',
  'client.field.pseudonym': 'pseudonym',
  'client.field.sex': 'sex',
  'client.field.birth_date': 'birth date',
  'client.field.birth_year': 'birth year',
  'client.field.district': 'district',
  'client.field.target_group': 'target group',
  'client.field.address': 'address',
  'client.field.phone': 'phone',
  'client.field.email': 'e-mail',
  'client.field.request': 'request',
  'client.field.legal_representative': 'legal representative',
  'client.field.cooperating': 'cooperating persons',
  'client.field.consents': 'consents',
  'client.field.note': 'note',
  'client.ask-representative': 'Has a legal representative or guardian?',
  'client.ask-rep-name': "Representative's name",
  'client.ask-rep-relation': 'Relation to the client (e.g. mother, guardian)',

  'list.bad-status': 'Unknown status "{value}". Choices: {allowed}.',
  'list.bad-worker': (p: Params) =>
    `Unknown worker id "${p.value}". Workers: ${p.allowed}.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  'list.empty': 'No cases match.',
  'list.broken': (p: Params) =>
    `${n(p.count)} ${s(n(p.count), 'case', 'cases')} cannot be read (see above); run spis check.`,
  'list.col-id': 'Case',
  'list.col-status': 'Status',
  'list.col-client': 'Client',
  'list.col-worker': 'Key worker',
  'list.col-last': 'Last contact',
  'list.archived-mark': '(archive)',

  'show.archived': 'archived',
  'show.case': 'Case',
  'show.born': 'born {date}',
  'show.district': 'district {value}',
  'show.applied': 'First contact {date}',
  'show.assessment': 'assessment {date} ({workers})',
  'show.key-worker': 'Key worker',
  'show.history': 'history',
  'show.since': 'since {date}',
  'show.representative': 'Legal representative',
  'show.request': 'Request',
  'show.refused': 'Refused',
  'show.contract': 'Contract',
  'show.agreement': 'Foster-care agreement',
  'show.carer': 'carer',
  'show.contract-written': 'written',
  'show.contract-oral': 'oral',
  'show.concluded': 'concluded {date}',
  'show.until': 'until {date}',
  'show.indefinite': 'indefinite term',
  'show.cooperating': 'Cooperating',
  'show.previous-contract': 'replaced the {form} contract of {concluded} as of {replaced}',
  'show.last-report': 'last periodic report {date} (for {from} – {to})',
  'show.written-plan': 'Written individual plan: {date}',
  'show.until-fixed': 'for a fixed term until {date}',
  'show.one-off': 'one-off anonymous contact without a contract',
  'show.amendment': 'amendment no. {number} effective {date}',
  'show.personal-goal': 'Personal goal',
  'show.last-evaluation': 'last evaluation',
  'show.next-evaluation': 'evaluate by',
  'show.earlier-goal': 'earlier goal',
  'show.partial-goals': 'Partial goals',
  'show.criteria': 'criteria',
  'show.responsible': 'responsible',
  'show.review': 'review',
  'show.overdue': '(overdue)',
  'show.closed-goals': 'closed',
  'show.corrected': (p: Params) =>
    `corrected ${p.date} (${p.worker})${Number(p.count) > 1 ? `, correction ${p.count}` : ''}${p.reason ? `, reason: ${p.reason}` : ''};`,
  'show.original-summary': 'originally',
  'show.contacts': 'Contacts',
  'show.contact-count': (p: Params) => `${n(p.count)} ${s(n(p.count), 'contact', 'contacts')} in all, the last:`,
  'show.next-meeting': 'next meeting',
  'show.groups': 'Group activities',
  'show.household': 'Household',
  'show.family': 'Family',
  'show.family-case': 'the work with the family began with case {id}',
  'show.same-person': (p: Params) =>
    String(p.ref).includes('/')
      ? `the same person as ${String(p.ref).replace('/', ' ')}`
      : `has a case of their own, ${p.ref}`,
  'show.goal-for': 'for',
  'contact.ask-present': 'Who of the household was there ({members}; numbers separated by commas, optional)',
  'contact.present': 'of the household there',
  'contact.ask-goal-member': 'Whom is the goal for',
  'contact.no-such-member': 'Household member {ids} is not in the case; the numbers are {known}.',
  'show.not-taking-part': 'not taking part',
  'show.member': (p: Params) => {
    const words: Record<string, [string, string, string]> = {
      parent: ['father', 'mother', 'parent'],
      partner: ['partner', 'partner', 'partner'],
      child: ['son', 'daughter', 'child'],
      relative: ['relative', 'relative', 'relative'],
      other: ['other person', 'other person', 'other person'],
    };
    const [m, f, x] = words[String(p.role)] ?? ['', '', String(p.role)];
    return `${p.sex === 'male' ? m : p.sex === 'female' ? f : x}${p.year ? ` (born ${p.year})` : ''}`;
  },
  'show.group-count': (p: Params) =>
    `took part in ${n(p.count)} ${s(n(p.count), 'activity', 'activities')}${n(p.excused) ? `, excused ${n(p.excused)}×` : ''}; the last:`,
  'show.group-education': 'education',
  'show.group-excused': 'excused',
  'show.placed': (p: Params) => `placed in care from ${p.from}${p.until ? ` until ${p.until}` : ''}`,
  'show.foster': 'Foster care',
  'show.days': (p: Params) => `${n(p.count)} ${s(n(p.count), 'day', 'days')}`,
  'show.children-unnamed': 'children',
  'show.foster-respite': (p: Params) =>
    `respite care in ${p.year}: ${p.days ?? 'none'} (at least 14 days a year for a child of 2 or more, § 47a odst. 2 písm. b))`,
  'show.foster-support': (p: Params) =>
    `short-term help ${n(p.short)}×, expert help ${n(p.expert)}×${p.last ? ` (last ${p.last})` : ''}, help with contact with the family ${n(p.family)}×`,
  'show.foster-education': (p: Params) =>
    `education${p.who ? ` of ${p.who}` : ''} in the last 12 months: ${p.hours} of ${p.required} h (§ 47a odst. 2 písm. f))`,
  'show.education-hours': 'education in groups in the last 12 months: {hours} h',
  'show.termination': 'Termination',
  'show.archive-until': 'keep until {date}',
  'show.has-problems': (p: Params) => `The case has ${n(p.count)} ${s(n(p.count), 'problem', 'problems')} (see above).`,

  'check.summary': (p: Params) =>
    `${n(p.count)} ${s(n(p.count), 'problem', 'problems')} in ${n(p.files)} ${s(n(p.files), 'file', 'files')}.`,

  'cmd.contract': 'the service contract and its amendments',
  'cmd.contract-new': 'conclude the contract (written or oral); the applicant becomes a client',
  'cmd.contract-amend': 'an amendment to the contract, including a new personal goal',
  'cmd.contact': 'contact records',
  'cmd.contact-add': 'a contact record: what happened, partial goal reviews, new goals, next meeting',
  'cmd.key-worker': 'hand the case to another key worker (history is kept)',
  'cmd.refuse': 'refuse an applicant for a reason of § 91(3) (in foster-care support, of codes.refusal_reasons)',
  'opt.key-worker-from': 'the hand-over from a YAML file (worker, date, note; - = stdin) – no questions',
  'opt.refuse-from': 'the refusal from a YAML file (date, reason, note, worker; - = stdin) – no questions',
  'opt.refuse-yes': 'write at once from the options, no questions (on a terminal too); --reason is then required',
  'key-worker.no-worker':
    'To whom is the case handed over? Give the worker id (spis key-worker <case> <worker>, or worker: in the --from input). Workers: {allowed}.',
  'key-worker.two-workers':
    'The input {file} names another worker than the command; give it in one place only. Nothing was saved.',
  'key-worker.ask-note': 'Reason for the hand-over (optional)',
  'key-worker.note': 'Reason',
  'opt.key-worker-date': 'from when (YYYY-MM-DD, default today)',
  'opt.key-worker-yes': 'write at once, without asking the date and the summary (on a terminal too)',
  'opt.key-worker-note': 'why the case is handed over',
  'opt.refuse-reason': 'reason from the refusal_reasons code list (§ 91(3))',
  'opt.refuse-note': 'a note, e.g. where the applicant was referred',
  'opt.refuse-date': 'date of the refusal (default today)',
  'opt.refuse-worker': 'who refused (worker id; default the key worker)',
  'ui.yes': 'yes',
  'ui.no': 'no',
  'ui.bad-date-option':
    '"{value}" is not a valid date. Write e.g. 2026-11-22, 22. 11. 2026, 4. 9. (this year), today, tomorrow, yesterday or +14d, +2w, +1m, +1y.',
  'prompt.save-summary': (p: Params) => `Summarised with the ${p.foster ? 'carer' : 'client'}, who agrees. Save?`,

  'prompt.save-record': 'Save the record?',
  'prompt.save-refusal': 'Save the refusal?',
  'prompt.save-closing': 'Save the end of the service?',
  'contract.not-applicant':
    'Case {id} is not an applicant (status: {status}); a contract is concluded with an applicant only. Changes: spis contract amend {id}',
  'contract.not-active':
    'Case {id} has no contract in force; amendments are for clients. Conclude a contract with spis contract new {id}.',
  'contract.saved': 'Contract saved ({form}); case {id} is now active.',
  'contract.summary-head': 'Contract with {label}: {form}, concluded {date}',
  'contract.personal-goal': 'Personal goal',
  'contract.email-records': 'Consent to e-mailing contact records',
  'contract.document': 'Document handed over',
  'contract.worker': 'For the provider',
  'contract.ask-form': 'Form of the contract',
  'contract.ask-date': 'Date concluded',
  'contract.ask-worker': 'For the provider',
  'contract.ask-personal-goal': (p: Params) =>
    p.foster
      ? "The carer's personal goal (in the carer's words)"
      : "The client's personal goal (in the client's words)",
  'contract.defaults-tip': 'The § 91(2) items are filled in from spis.yaml; Enter confirms them.',
  'contract.ask-scope': '(c) Scope',
  'contract.ask-place-time': '(d) Place and time',
  'contract.ask-payment': '(e) Payment',
  'contract.ask-internal-rules': '(f) Internal rules',
  'contract.ask-notice': '(g) Grounds and periods of notice',
  'contract.ask-term': '(h) Valid until (empty = indefinite)',
  'contract.ask-email-records': 'Does the client consent to e-mailed contact records?',
  'contract.ask-initial-situation': "The client's initial situation for the individual plan (optional)",
  'contract.foster-oral':
    'A dohoda o výkonu pěstounské péče is made in writing (§ 47b zákona č. 359/1999 Sb.); no oral form is recorded. Record it as written (form: written) and render it: spis render {id} contract.',
  'contract.identification-missing':
    'A written contract must identify the client as a party; case {id} lacks:\n{items}\nGive it in the input (client: {birth_date: …} or client: {address: …}) or with spis client edit {id}. Nothing was written.',
  'contract.identification-missing-foster':
    'A dohoda o výkonu pěstounské péče must identify the carer as a party; case {id} lacks:\n{items}\nGive it in the input (client: {birth_date: …} or client: {address: …}) or with spis client edit {id}. Nothing was written.',
  'contract.saved-written':
    "The oral contract in case {id} is replaced by a written one; the oral one stays in the contract's history (previous).",
  'contract.summary-written': 'Written contract with the client {label}, concluded {date} (replaces the oral contract)',
  'contract.instruction': 'Personal-data instruction',
  'contract.photos': 'Consent to photos',
  'contract.converting':
    'The client has an oral contract of {date}; it is now put in writing. The items are prefilled from the oral contract.',
  'contract.ask-written-reason': 'Who asked for the written contract, and why (optional)',
  'contract.identification-tip':
    'A written contract identifies the client by birth date or address (§ 91 odst. 2 písm. a); the case has neither.',
  'contract.client-fields':
    '{file}: the client: part takes only birth_date and address (identification of the party); {fields} do not belong here – change them with spis client edit {id}. Nothing was written.',
  'contract.oral-defaults-tip':
    'The items are prefilled from the oral contract (with amendments); Enter confirms them.',
  'contract.ask-instruction': 'Was the client instructed about the processing of personal data?',
  'contract.ask-instruction-date': 'Date of the instruction',
  'contract.ask-instruction-by': 'Who gave the instruction',
  'contract.ask-photos': 'Does the client consent to photos?',
  'contract.ask-document': 'Document "{name}" handed over?',
  'contract.ask-other-document': 'Any other document handed over?',
  'contract.ask-document-name': 'Document name',
  'amend.ask-date': 'Date of the amendment',
  'amend.ask-effective': 'Effective from',
  'amend.ask-changes': 'What changes',
  'amend.ask-goal-change': 'Does the personal goal ("{goal}") change?',
  'amend.ask-term': 'New end of term (empty = unchanged)',
  'amend.summary': 'Amendment no. {number}, effective {date}:',
  'amend.saved': 'Amendment no. {number} to the contract of case {id} saved.',

  'contact.case-ended': 'Case {id} is "{status}"; new records do not belong in it.',
  'contact.no-plan':
    'Case {id} has no contract or goals yet; partial goals are set after the contract (spis contract new {id}).',
  'contact.summary-head': 'Contact record {date}: {type}, {form}',
  'contact.next-review': 'review {date}',
  'contact.new-goal': 'new partial goal',
  'contact.client-absent': (p: Params) => (p.foster ? 'carer absent' : 'client absent'),
  'contact.new-personal-goal': 'new personal goal',
  'contact.will-email': (p: Params) =>
    `an e-mail with the record is prepared for the ${p.foster ? 'carer' : 'client'} (an .eml file to send from your mail program)`,
  'contact.ask-date': 'Date of the contact',
  'contact.ask-type': 'Type of contact',
  'contact.ask-form': 'Form of contact',
  'contact.ask-place': 'Place (optional)',
  'contact.ask-duration': 'Duration in minutes (optional)',
  'contact.ask-participants': 'Participants (comma-separated)',
  'contact.ask-worker': 'Recorded by',
  'contact.ask-summary': 'What happened',
  'contact.goal-head': 'Partial goal {id}: {text}\n  criteria: {criteria}; review: {review}',
  'contact.ask-goal-status': 'How is it going?',
  'contact.ask-partly-next': 'Partly met: what next?',
  'contact.evaluation-participants': 'Took part in the evaluation',
  'contact.satisfaction': (p: Params) => `The ${p.foster ? "carer's" : "client's"} satisfaction`,
  'contact.ask-add-goal-new': 'Set a partial goal for the new personal goal?',
  'contact.one-off-not-anonymous':
    'Case {id} is not an anonymous applicant without a contract; --one-off is only for one-off anonymous basic counselling (standard of quality 6b). Without --one-off the record is added to the case.',
  'contact.no-case':
    'Which case is the contact for? Give the case number: spis contact add <case>. A one-off anonymous contact without a case is recorded and closed by spis contact add --one-off.',
  'contact.ask-cooperating-present': 'Did {name} ({role}) take part?',
  'contact.email-ready':
    'The e-mail with the record is ready: {path} – open it in your mail program and send it. spis sends nothing itself.',
  'contact.email-no-address':
    'The client in case {id} has no e-mail address; no e-mail was prepared. Add it with spis client edit {id}, then render the record with spis render {id} contact.',
  'contact.partly-continue': 'goes on with a new review date',
  'contact.partly-reword': 'reword it into a new goal',
  'contact.goal-skip': 'not discussed today',
  'contact.ask-goal-progress': 'Progress (optional)',
  'contact.ask-next-review': 'Next review',
  'contact.ask-add-goal': 'Set a new partial goal?',
  'contact.ask-goal-text': 'Partial goal {id} (specific, measurable, time-bound)',
  'contact.ask-goal-criteria': 'How will we know it is met (criteria)',
  'contact.ask-goal-responsible': 'Who is responsible (comma-separated)',
  'contact.ask-goal-review': 'Review date',
  'contact.personal-goal-head': 'Evaluation of the personal goal: "{text}"',
  'contact.ask-client-present': (p: Params) =>
    p.foster
      ? 'Does the carer take part in the evaluation?'
      : 'Does the client (or legal representative) take part in the evaluation?',
  'contact.ask-absent-reason': (p: Params) => `Why the ${p.foster ? 'carer' : 'client'} does not take part`,
  'contact.ask-outcome': 'The personal goal is',
  'contact.ask-satisfaction': (p: Params) =>
    p.foster ? 'How satisfied is the carer with the support' : 'How satisfied is the client with the service',
  'contact.ask-continue': (p: Params) =>
    `Does the ${p.foster ? 'carer' : 'client'} want to go on with a new personal goal?`,
  'contact.ask-next-meeting': 'Next meeting (optional)',
  'contact.ask-email': (p: Params) =>
    `Prepare an e-mail with the record for the ${p.foster ? 'carer' : 'client'} (who consented)?`,

  'key-worker.unknown': (p: Params) =>
    `Unknown or inactive worker id "${p.value}". Workers: ${p.allowed}.${p.suggestion ? ` Did you mean "${p.suggestion}"?` : ''}`,
  'key-worker.ask-date': 'Taking over the case from',
  'key-worker.summary': (p: Params) =>
    `Hand-over of case ${p.id}: from ${p.from} the key worker is ${p.name} (until now: ${p.before}).`,
  'key-worker.same': '{name} already is the key worker of case {id}.',
  'key-worker.before-last': 'A hand-over from {from} is before the last one ({last}).',
  'key-worker.saved': 'The key worker of case {id} is now {name}.',

  'assess.not-applicant': 'Case {id} is not an applicant (status: {status}); the assessment comes before the contract.',
  'assess.note-twice':
    'The input {file} gives the conclusion twice (note and conclusion); keep note only. Nothing was saved.',
  'assess.already':
    'The assessment of case {id} is already recorded ({date}). Appoint another key worker with spis key-worker {id} <worker>.',
  'assess.summary': 'Assessment: {label}, {date}',
  'assess.workers': 'Assessed by',
  'assess.key-worker': 'Key worker',
  'assess.conclusion': 'Conclusion',
  'assess.saved': 'Assessment of case {id} recorded; the key worker is {name}.',
  'assess.ask-date': 'Date of the assessment',
  'assess.ask-first-worker': 'Who assessed the situation (first worker)',
  'assess.ask-second-worker': 'Another assessing worker',
  'assess.ask-more-workers': 'Did anyone else take part?',
  'assess.ask-conclusion': 'Conclusion: how the situation may develop, what the service will offer',
  'assess.ask-key-worker': 'The key worker the assessment appoints',
  'assess.no-assessment': 'Note: the applicant in case {id} has no recorded assessment (spis assess {id}).',
  'assess.required':
    "The applicant in case {id} has no recorded assessment and the service's rules (rules.require_assessment) allow no contract without it. First: spis assess {id}",
  'assess.use-command':
    'Tip: the assessment (at least two workers, appointing the key worker) is recorded with spis assess {id}; this contact record does not replace it.',
  'plan.not-active': 'Case {id} has no contract (status: {status}); the individual plan is made with a client.',
  'plan.no-situation':
    "The client's initial situation (initial_situation) is missing; there is no plan without it (standard of quality no. 5). Nothing was written.",
  'plan.summary': 'Written individual plan: {label}, made on {date}',
  'plan.initial-situation': 'Initial situation',
  'plan.participation': "The client's part",
  'plan.participants': 'Took part',
  'plan.saved': 'Written individual plan of case {id} recorded.',
  'plan.ask-render': 'Render and save the plan (print-ready HTML)?',
  'plan.ask-date': 'Date the plan was made',
  'plan.ask-initial-situation': "The client's initial situation: needs, wishes, dreams, abilities, experience",
  'plan.ask-participation': 'How the client took part (what they proposed, agreed to) – optional',
  'plan.ask-worker': 'Who wrote the plan',
  'plan.ask-participants': 'Who took part (comma-separated)',
  'report-record.not-active':
    'Case {id} has no contract in force (status: {status}); the periodic report is made while the service is provided.',
  'report-record.ask-date': 'Date of the report',
  'report-record.ask-from': 'Report period from',
  'report-record.ask-to': 'Report period to',
  'report-record.ask-worker': 'Who wrote the report',
  'report-record.ask-acquainted': (p: Params) =>
    `When was the ${p.foster ? 'carer' : 'client'} acquainted with the report (optional)`,
  'report-record.ask-recipient': 'Sent to (e.g. OSPOD) – optional',
  'report-record.summary': (p: Params) =>
    `Periodic report: ${p.label}, made ${p.date} for ${p.from} – ${p.to}; by ${p.worker}${p.recipient ? `; sent to ${p.recipient}` : ''}${p.acquainted ? `; acquainted ${p.acquainted}` : ''}`,
  'report-record.saved': 'Periodic report in case {id} recorded.',
  'report.year-and-dates': 'Give either --year or --from/--to, not both.',
  'report.bad-year': 'Year "{value}": give four digits, e.g. 2026.',
  'report.from-after-to': 'The period starts ({from}) after it ends ({to}).',
  'report.one-format': 'Choose one output: --json, --csv or --html.',
  'report.capacity-head': 'Applicants refused for lack of capacity (§ 88 písm. g), {from} – {to}:',
  'report.capacity-row': 'first contact {applied}, refused {refused}',
  'report.capacity-none': 'none',
  'report.broken': (p: Params) =>
    `The report leaves out cases with broken records (${n(p.count)} ${s(n(p.count), 'problem', 'problems')} above); fix them and run it again.`,
  'cmd.report':
    "the service's figures for a period: persons, applicants and refusals, work, outcomes (text, --json, --csv, --html)",
  'cmd.purge':
    'removes archived cases whose retention has ended (one commit) and prints how to remove them from the history too',
  'cmd.export':
    'a copy of everything held about the client (Art. 15 GDPR): records as JSON and documents as HTML with an index, into a new owner-only folder',
  'cmd.upgrade':
    "brings the case repository to this version of the tool: refreshes the schemas' copy and migrates the records",
  'opt.report-year': 'a calendar year (default: last year)',
  'opt.report-from': "the period's first day",
  'opt.report-to': "the period's last day (default today)",
  'opt.report-worker': 'only the cases of this key worker and their contacts',
  'opt.report-html': 'writes the report as an HTML page with charts (print-ready)',
  'opt.report-capacity': 'the register of applicants refused for capacity (§ 88 písm. g): case ids and dates',
  'opt.purge-expired': 'every archived case whose retention has ended',
  'opt.purge-yes': 'without asking (for a script); otherwise the tool asks',
  'opt.purge-rewrite': 'prints the commands that remove the purged cases from the shared history too',
  'opt.export-out': 'the folder to write (must not exist; default spis-<id>-<date>)',
  'opt.export-format': 'all (default: JSON and HTML documents), or json',
  'opt.export-pseudonymised':
    'the whole case repository with identifiers replaced (training, supervision, a bug report); needs --out',
  'opt.export-member':
    'the copy for a household member who asks (m1, m2…): their data, the records they were at, their goals',
  'opt.export-keep-texts': 'with --pseudonymised, keep the free texts (they may contain names and health data!)',
  'refuse.not-applicant': 'Case {id} is not an applicant (status: {status}); only applicants can be refused.',
  'refuse.needs-reason':
    'Without a terminal give the reason with --reason (and --worker if the case has no key worker).',
  'refuse.bad-reason': 'Unknown refusal reason "{value}". The law (§ 91(3)) allows: {allowed}.',
  'refuse.ask-reason': 'Reason for refusal (§ 91(3))',
  'refuse.ask-note': 'A note, e.g. where the applicant was referred (optional)',
  'refuse.summary': 'Applicant {label} will be refused as of {date}: {reason}.',
  'refuse.ask-date': 'Date of the refusal',
  'refuse.saved': 'The applicant of case {id} was refused.',

  'cmd.due': 'what is overdue and what falls due: partial goals, personal goals, contracts, contacts, assessments',
  'opt.due-as-of': 'as of this date (YYYY-MM-DD; default today or SPIS_TODAY)',
  'opt.due-within': 'window in days (default rules.due_window in spis.yaml)',
  'opt.due-worker': 'only cases of this key worker',
  'opt.csv': 'CSV output (one row per item)',
  'opt.due-quiet': 'print nothing when nothing is due (for cron)',
  'opt.no-cache': 'reads every record again, without the cache (the same result, only slower)',
  'opt.check-no-cache': 'checks again also the cases not changed by a byte since the last clean check',
  'opt.due-names': 'full names instead of initials',
  'due.bad-within': '--within needs a number of days, not "{value}".',
  'due.json-and-csv': 'Choose either --json or --csv.',
  'due.title': 'Due as of {date} (until {until})',
  'due.nothing': 'As of {date} nothing is overdue and nothing falls due until {until}.',
  'due.broken': (p: Params) =>
    `${n(p.count)} ${s(n(p.count), 'file', 'files')} cannot be read (see above); their cases are missing from the report. Fix them; spis check helps.`,
  'due.no-key-worker': 'No key worker',
  'due.retention-group': 'End of retention (archive)',
  'due.today': 'today',
  'due.overdue': (p: Params) => `${n(p.days)} ${s(n(p.days), 'day', 'days')} overdue`,
  'due.left': (p: Params) => `in ${n(p.days)} ${s(n(p.days), 'day', 'days')}`,
  'due.kind.partial-goal-review': 'review partial goal {subject}',
  'due.kind.personal-goal-evaluation': 'evaluate the personal goal',
  'due.kind.contract-end': 'the contract ends',
  'due.kind.missed-meeting': 'planned meeting with no record',
  'due.kind.contact-gap': 'no contact for too long (not using the service?)',
  'due.kind.personal-contact': 'personal contact with the carer and the children',
  'due.kind.carer-education': (p: Params) =>
    `education of the carer${p.subject ? ` ${p.subject}` : ''}: the hours of the last 12 months fall short of the agreement (§ 47a odst. 2 písm. f))`,
  'due.kind.agreement-deadline': 'conclude the foster-care agreement (30 days from the placement becoming final)',
  'due.kind.assessment': "applicant's assessment",
  'due.kind.written-plan': 'write the individual plan down',

  'due.kind.periodic-report': 'write the periodic progress report (spis periodic-report)',
  'due.kind.complaint-reply': 'complaint {subject} awaits its written reply (spis complaint reply)',
  'due.kind.incident-follow-up': 'incident {subject}: a step to follow up (spis incident show {subject})',
  'due.kind.training-hours': 'training this year: {subject} hours (spis training add)',
  'due.kind.retention-end': 'retention has ended: destroy the case (spis purge) or hand it to the disposal procedure',
  'cmd.render':
    'make a document: contract, amendment, oral-contract, plan, contact, periodic-report (zprava), termination',
  'cmd.templates': 'list the document templates and where they come from',
  'cmd.close': 'end the service: final evaluation of the goals, reason, protocol',
  'cmd.archive': 'move closed cases to archive/ and record the end of retention',
  'opt.render-contact':
    'the contact record: a date (2026-11-22, 22. 11. 2026…) or a file name in contacts/; default the newest',
  'opt.render-report': 'the periodic report’s number (1 = the first recorded; default the newest)',
  'opt.render-amendment': 'amendment number (default the newest)',
  'opt.render-format': 'md (default), html (print-ready, A4) or pdf (A4, for signing)',
  'opt.render-output': 'write to a file',
  'opt.render-save': "save into the case's documents/ folder",
  'opt.render-pdfa': 'PDF as PDF/A-2b for long-term archiving (implies --format pdf)',
  'opt.render-via-browser': 'the installed Chromium prints the HTML to PDF exactly as it looks (implies --format pdf)',
  'opt.close-reason': 'reason from the termination_reasons code list',
  'opt.close-date': 'date of termination (default today)',
  'opt.archive-all': "every closed case and every refused applicant's case",
  'opt.archive-restore': 'brings an archived case back (removes the retention date)',
  'render.unknown-document': 'Unknown document "{value}". Choices: {allowed}.',
  'completion.bad-shell': 'Unknown shell "{value}". Choose one of: {allowed}.',
  'opt.edit-reason': 'why a contact record is corrected (kept in the correction)',
  'edit.needs-terminal': 'spis edit opens an editor and asks questions: run it in a terminal.',
  'edit.reason-contact-only':
    '--reason belongs to a correction of a contact record; other records are edited in place and the history keeps the change (spis log).',
  'edit.which': 'Which record to edit?',
  'edit.corrected-mark': (p: Params) => `corrected ${p.n}×`,
  'edit.no-record': 'Case {id} has no {file}; it is made by its command (spis contract new, spis close…), not by hand.',
  'edit.unknown-record':
    'Unknown record "{value}". Choose one of: {allowed}, or a contact record by its date (19. 10. 2026) or file (contacts/YYYY-MM-DD-xxxx.yaml).',
  'edit.who': 'Who corrects the record?',
  'edit.editor-failed':
    'The editor ({editor}) failed ({code}); nothing was written. VISUAL or EDITOR names the editor.',
  'edit.unchanged': '{file} is unchanged; nothing was written.',
  'edit.problems': 'The edit of {file} would bring problems into the case; nothing has been written yet:',
  'edit.what-now': 'What now?',
  'edit.again': 'Edit again (your changes stay in the editor)',
  'edit.discard': 'Discard the changes',
  'edit.discarded': 'The changes to {file} are discarded; nothing was written.',
  'edit.saved': 'Saved: {file}',
  'edit.corrected': '{original} is not rewritten; the correction is saved as {file} and is in effect from now on.',
  'edit.changed-meanwhile':
    'Someone else changed {file} meanwhile; the edit was not written, so as to overwrite nothing. Your text is kept in {kept} (yours only); run spis edit again and carry it over.',
  'render.bad-format': 'Unknown format "{value}"; use md, html or pdf.',
  'render.pdf-only':
    '--pdfa and --via-browser apply to PDF only, not to {value}; leave out --format or use --format pdf.',
  'render.pdfa-via-browser': 'Only the built-in layout makes PDF/A; choose either --pdfa or --via-browser.',
  'render.pdf-to-terminal':
    'A PDF cannot be printed on a terminal. Save it into the case (--save) or to a file (-o contract.pdf).',
  'render.pdf-no-font':
    "The PDF needs the DejaVu Serif font (looked in: {dirs}). Install the fonts-dejavu-core package, or run npm install in the program's folder.",
  'render.no-browser':
    '--via-browser needs an installed Chromium (looked for: {names}; the SPIS_BROWSER variable names another path). Nothing is downloaded; without --via-browser spis makes the PDF itself.',
  'render.browser-failed': 'Chromium ({browser}) made no PDF (code {code}): {detail}',
  'render.bad-amendment': '"{value}" is not an amendment number.',
  'render.foster-oral':
    'Case {id} records an oral contract, but a dohoda o výkonu pěstounské péče is made in writing (§ 47b zákona č. 359/1999 Sb.); a record of an oral § 91 contract would be false. Record the written agreement with spis contract new {id}.',
  'render.bad-report': '"{value}" is not a report number (1 is the first recorded).',
  'render.no-report': 'Case {id} has no recorded report number {number}.',
  'render.no-periodic-report':
    'Case {id} has no periodic report recorded yet. Record it (the period, the recipient, when the carer was acquainted) with spis periodic-report {id}; it is then rendered from the contacts and goals of that period.',
  'render.save-and-output': 'Choose either --save or -o.',
  'render.missing': (p: Params) =>
    `Document ${p.document} cannot be made; the case lacks:\n${p.items}\nAdd them and run the command again.`,
  'render.no-contract': 'Case {id} has no contract.',
  'render.contract-is-oral':
    'The contract in case {id} is oral; there is no written contract text. The record of its conclusion: spis render {id} oral-contract. If the client asks for a written contract: spis contract new {id}.',
  'render.contract-is-written':
    'The contract in case {id} is written; a record of an oral contract would be false. The written contract: spis render {id} contract.',
  'render.one-off':
    'Case {id} is a one-off anonymous contact without a contract; no termination protocol is made. The contact record: spis render {id} contact.',
  'render.no-written-plan':
    'Case {id} has no written individual plan recorded yet. Record it (and render it at once) with spis plan {id}.',
  'render.no-goals': 'Case {id} has no individual plan (goals.yaml).',
  'render.no-termination': 'Case {id} is not closed (no termination.yaml); close it with spis close {id}.',
  'render.no-contact': 'Case {id} has no such contact record.',
  'render.contact-ambiguous': 'Case {id} has several records on {value}; choose one (--contact and the name):\n{list}',
  'render.contact-unknown': 'Case {id} has no record "{value}". Give a date or a name; the latest records:\n{list}',
  'render.no-amendment': 'The contract of case {id} has no amendment {number}.',
  'render.failed-at': "{file}, line {line}: the field {field} is not in the document's data or has another shape",
  'render.failed-line': 'line {line}',
  'render.failed-unknown': 'at a place that cannot be told',
  'render.unknown-helper': 'line {line}: the tool has no helper {name} (templates may use only: {known})',
  'render.template-broken': 'Template {path} does not compile: {detail}',
  'render.template-failed':
    'Template {path} failed: {detail}. A template may use only the fields and helpers the tool knows (spis templates).',
  'templates.repository': 'own',
  'templates.builtin': 'built-in',
  'templates.unknown': 'Templates {files} belong to no document and are not used. Known templates: {allowed}.',
  'close.already-closed': 'Case {id} is already closed.',
  'close.no-contract':
    'Case {id} has no contract (status: {status}); only a service given to a client can be ended. Refuse an applicant with spis refuse.',
  'close.bad-reason': 'Unknown termination reason "{value}". Choices: {allowed}.',
  'close.refused':
    'The applicant in case {id} was refused; there is nothing to close. Archive the case with spis archive {id}.',
  'close.one-off-no-contact':
    'Case {id} has no contact record. Record and close a one-off anonymous contact in one go: spis contact add {id} --one-off',
  'close.one-off-from':
    'A one-off anonymous contact is closed without goal evaluations; --from has nothing to read here. Use only --date and, if needed, --reason.',
  'close.one-off-saved': 'One-off anonymous contact in case {id} closed; the case can be archived (spis archive {id}).',
  'close.one-off-summary':
    'The one-off anonymous contact {label} is closed as of {date} (no contract, no goal evaluations).',
  'one-off.ask-pseudonym': 'Pseudonym (leave empty for the running number of the case)',
  'one-off.ask-sex': 'Sex (if known)',
  'one-off.summary':
    'One-off anonymous contact: a case is opened, the contact recorded and the case closed at once (no contract, no goals).',
  'one-off.running-number': 'running number of the case ({example})',
  'one-off.minutes': '{n} min',
  'one-off.saved':
    'One-off anonymous contact recorded in the new case {id}, and the case closed; it can be archived (spis archive {id}).',
  'close.goals-missing': 'The final evaluation of partial goals {goals} is missing (partial_goals); nothing was saved.',
  'close.summary': 'Ending the service for {label} as of {date}: {reason}',
  'close.saved': (p: Params) =>
    `The ${p.foster ? 'agreement' : 'service'} of case ${p.id} has ended; ${p.foster ? 'record of the ending' : 'protocol'}: spis render ${p.id} termination --save`,
  'close.ask-render': 'Make and save the termination protocol (print-ready HTML)?',
  'close.ask-date': 'Date of termination',
  'close.ask-reason': 'Reason',
  'close.ask-reason-other': 'Specify the reason',
  'close.ask-comment': 'Comment on the personal goal (optional)',
  'close.ask-goal-outcome': 'Final evaluation',
  'archive.which': 'Give a case id, or --all-closed.',
  'archive.already': 'Case {id} is already archived.',
  'archive.not-closed':
    "Case {id} is not closed; only closed cases (spis close) and refused applicants' cases are archived.",
  'archive.exists': 'Case {id} is already in the archive; nothing was moved.',
  'archive.saved': 'Case {id} archived; keep until {date}.',
  'archive.none': 'No closed or refused case to archive.',

  'archive.not-archived': 'Case {id} is not in the archive.',
  'archive.restored':
    'Case {id} restored from the archive; the retention date is removed and the case can be changed again.',
  'case.archived':
    'Case {id} is archived (kept until {date}); an archived case is not changed. To go on with it, restore it: spis archive --restore {id}',
  'purge.which': 'Give an archived case id, or --expired.',
  'purge.already':
    'Case {id} was already deleted on {date} (disposal record {file}); nothing to do. To remove it from the shared history too, run spis purge --print-history-rewrite.',
  'purge.not-archived': 'Case {id} is not archived; only an archived case whose retention has ended can be purged.',
  'purge.not-expired': 'The retention of case {id} has not ended yet (keep until {date}).',
  'purge.none': 'No archived case has reached the end of its retention.',
  'purge.procedure-head':
    "The service's rules (rules.disposal: procedure) require the disposal procedure with the state archive; nothing is deleted. Cases past retention ({count}):",
  'purge.procedure-row': 'retention ended {date}',
  'purge.summary': '{count} archived cases past their retention will be deleted for good: {ids}.',
  'purge.ask': 'Delete?',
  'purge.choice-delete': 'delete',
  'purge.choice-keep': 'keep them',
  'purge.needs-yes': 'Deleting is confirmed at a terminal or with --yes (would delete: {ids}).',
  'purge.register-broken':
    'Nothing was deleted: a register record cannot be read, and it might link to a case being purged. Fix it (spis check) and run purge again.',
  'purge.changed': 'Cases {ids} changed meanwhile (no longer archived past retention); nothing was deleted.',
  'purge.done': 'Deleted {count} cases: {ids} (one commit).',
  'purge.history-still':
    'The git history (on the shared repository and in every clone too) still holds them. How to remove them from there: spis purge --print-history-rewrite',
  'purge.nothing-purged': 'The history has no purge; give a case id.',
  'export.bad-format': 'Format "{value}": give all or json.',
  'export.link':
    'There is a symbolic link at {dir}; a copy of the data is written only into a new folder, never through a link. Choose another path (--out).',
  'export.no-parent':
    'The folder {dir} does not exist; a copy of the data is made as a new folder inside an existing one. Choose another path (--out), or create the folder first.',
  'export.exists':
    "Folder {dir} exists already; a copy of someone's data is never written over another. Choose another (--out).",
  'export.done': 'Copy saved to {dir} ({count} files, owner only); hand it over safely (in person, encrypted).',
  'export.all-documents': 'documents',
  'export.no-member':
    'Case {id} has no household member {member}; spis show {id} lists the members (m1, m2…). Nothing was saved.',
  'export.member-json': "A household member's copy holds the records only (JSON); leave out --format or give json.",
  'export.member-review':
    'The contact records in the copy are whole and may tell of other people: read them before handing the copy over (Art. 15(4) GDPR).',
  'export.which':
    "Give a case id (the client's copy), or --pseudonymised --out DIR (the whole repository without identifiers).",
  'export.pseudonymised-whole': '--pseudonymised exports the whole repository; no case id.',
  'export.pseudonymised-out': 'Give the folder to write: --out DIR.',
  'export.keep-texts-alone': '--keep-texts goes with --pseudonymised.',
  'export.broken':
    'The repository has broken records (above); a pseudonymised copy would be incomplete. Fix them (spis check) and export again.',
  'export.texts-kept':
    'Note: the free texts (summaries, goals, notes) were kept as they are and may contain names, places and health data. Protect the copy like the original.',
  'export.pseudonymised-done':
    'Pseudonymised copy ({count} cases) saved to {dir}; names, birth dates, addresses, contact details and free texts are replaced.',
  'upgrade.broken':
    'The repository has broken records (above); migrating them would be guesswork. Fix them (spis check) and run spis upgrade again.',
  'upgrade.done': 'Repository brought from format {from} to {to}: {schemas} schemas refreshed, {cases} cases migrated.',
  'upgrade.nothing': 'The repository already matches this version of the tool (format {to}, current schemas).',
  'upgrade.format-behind':
    'Note: the repository is in format {format}, the tool writes format {to}; bring it up with spis upgrade.',
  'upgrade.schemas-missing':
    'Note: the case repository has no schemas/ folder with the record schemas, so the editor does not validate the records. spis upgrade puts it in place.',
  'upgrade.schemas-stale':
    "Note: the copy of the schemas in schemas/ differs from the tool's ({files}), so the editor validates against old ones. Refresh it with spis upgrade.",
  'purge.rewrite-intro':
    "# Removing the purged cases from the history. Run on the server in the team's bare repository while nobody syncs:",
  'purge.rewrite-filter-repo': '# a) with git filter-repo (recommended):',
  'purge.rewrite-filter-branch': '# b) without it, with git alone:',
  'purge.rewrite-gc': '# then, either way, drop the old objects:',
  'purge.rewrite-clones':
    '# Finally every worker deletes their clone and clones again (an old clone still holds the history), and backups of the repository are replaced by new ones.',
  'status.applicant': 'applicant',
  'status.active': 'client',
  'status.refused': 'refused',
  'status.closed': 'closed',
  'sex.female': 'female',
  'sex.male': 'male',
  'sex.unknown': 'not stated',
  'outcome.met': 'met',
  'outcome.partly_met': 'partly met',
  'outcome.not_met': 'not met',
  'goal-status.open': 'open',
  'goal-status.continues': 'continues',
  'goal-status.met': 'met',
  'goal-status.partly_met': 'partly met',
  'goal-status.not_met': 'not met',
  'goal-status.reworded': 'reworded',
  'goal-status.dropped': 'dropped',

  'contact.goal-renumbered': 'Partial goal {from} was set meanwhile by another record; the new goal is {to}.',
  'render.provisional-id':
    'Case {id} has a provisional number for now; a document would carry a number that will change. Run spis sync, then make the document under the permanent number.',
  'templates.symlink':
    'Template {file} is a symbolic link; spis never follows links. Replace the link by a real file in templates/.',
  'sync.not-git':
    'Sync needs the case repository ({dir}) to be a git repository with a history of its own (and no --no-commit).',
  'sync.no-remote': 'No shared repository "{remote}" is set. Set it with: spis sync --setup <address>',
  'sync.unknown-worker': 'Worker "{value}" is not in spis.yaml. Choose from: {allowed}.',
  'sync.offline':
    'The shared repository "{remote}" cannot be reached; nothing was exchanged and nothing is lost. The changes made here stay saved and go out with the next spis sync.',
  'sync.reserve-failed': 'Could not reserve case numbers in the shared repository "{remote}"; run spis sync again.',
  'sync.hand-edits-invalid':
    'Hand edits in the repository have problems (see above); nothing was exchanged. Fix them and run spis sync again.',
  'sync.git-failed': 'git did not take the change ({reason}); nothing was exchanged.',
  'sync.unrelated':
    'The shared repository "{remote}" has no history in common with this one; is it really this service\'s repository? Nothing was exchanged.',
  'sync.check-failed':
    "After integrating the colleagues' changes, the check found problems (see above); nothing was pushed. Fix them and run spis sync again.",
  'sync.busy-remote':
    'The shared repository "{remote}" kept changing during the sync; nothing is lost, run spis sync again in a moment.',
  'sync.conflict':
    "The changes made here could not be merged with the shared repository's in files spis cannot decide field by field:\n{files}\nNothing is lost: your changes are on branch {branch}{remote}, and the repository now follows the shared one. Ask whoever looks after the repository to take the changes over from the branch (with git: git merge {branch}, resolve the files named, commit, then spis sync).",
  'sync.conflict-kept':
    "The changes made here could not be merged with the shared repository's in files:\n{files}\nNothing is lost: they are also on branch {branch}{remote}. Ask whoever looks after the repository to take them over.",
  'sync.branch-pushed': ' (also saved in the shared repository {remote})',
  'sync.renumbered': 'Case {from} now has its permanent number {to}.',
  'sync.goal-renumbered':
    'In case {id} the new partial goal {from} is now {to} ({from} was used meanwhile by a colleague).',
  'sync.hand-edits': 'Hand edits committed to the history: {cases}',
  'lock.unreadable':
    'The repository lock {file} is not a plain file or cannot be read (a folder, a dangling link, no permission); it was waited for in vain. If no spis command is running, delete {file}.',
  'store.read-only':
    'The disk holding the records is mounted read-only ({path}): nothing was saved. Reading (spis due, list, show) still works; to write, the disk must be mounted writable – then run the command again.',
  'store.no-permission':
    'You may not write to {path}: nothing was saved. Ask whoever looks after this computer for write access to the records folder, then run the command again.',
  'store.disk-full':
    'The disk is full: nothing was saved and the repository is as it was. Free some disk space and run the command again.',
  'store.checkout-finished': 'An interrupted sync was finished (the files now match the shared repository).',
  'store.git-operation':
    'A git operation is unfinished in the repository ({op}); a record written into it would be lost when it is undone, so nothing was saved. Run spis sync – it undoes the operation safely, losing nothing – then run the command again.',
  'git-op.rebase': 'a rebase',
  'git-op.merge': 'a merge',
  'git-op.cherry-pick': 'a cherry-pick',
  'git-op.revert': 'a revert',
  'sync.git-operation-stuck':
    'The unfinished git operation ({op}) could not be undone; nothing was exchanged. Ask whoever looks after the repository for help.',
  'sync.settled': 'The unfinished git operation ({op}) was undone; nothing was lost.',
  'sync.settled-restored': 'Put back into the repository ({count}), made during the interrupted operation:\n{files}',
  'sync.settled-branch':
    'The state the operation was left in is kept on the branch {branch}; spis does not need it, but none of it was deleted.',
  'sync.hand-changes-refused':
    'Sync stopped: the repository has hand changes that spis itself never makes, and it will not send them to the others:\n{list}\nTo put them back: spis restore {cases}\nA case past its retention is deleted with spis purge; a contact record is corrected with spis edit (the original is kept). Nothing was exchanged.',
  'hand-change.case-deleted': 'the whole case folder deleted',
  'hand-change.record-deleted': 'a record deleted',
  'hand-change.contact-rewritten': 'a contact record rewritten',
  'hand-change.empty-file': 'an empty file',
  'sync.worktree-busy':
    'The files could not be brought to the shared state because another program changed them meanwhile; nothing was lost. Run spis sync again.',
  'sync.untracked-state':
    "The tool's working files (.spis/) were in git's history; they no longer are (the files stay where they are).",
  'sync.record-merged':
    'The record {file} was changed on another computer too, in other fields; both changes are kept.',
  'sync.default-branch-set':
    'The shared repository\'s default branch was "{was}"; it is now "{branch}", so a new clone gets the current records.',
  'sync.default-branch-wrong':
    'The shared repository\'s default branch is "{was}", but spis syncs "{branch}": a new clone would get old records. Ask the server\'s administrator to set the default branch to "{branch}" (Gitea: Settings → Branches → Default branch; GitLab: Settings → Repository → Default branch; a bare repository on a server: git symbolic-ref HEAD refs/heads/{branch}).',
  'sync.conflicts-pending':
    'Records waiting for a decision ({count}): the same field was changed differently here and on another computer. Everything else is synced; the repository holds the shared version for now.\n{list}\nDecide with: spis conflict <case id>',
  'cmd.conflict': 'decide the records that wait after a sync (the same field changed on two computers)',
  'opt.conflict-from': 'decisions from a YAML file: field: ours | theirs | {value: …}',
  'cmd.restore': 'put back hand changes that spis sync refused (a deleted record or case, a rewritten contact record)',
  'conflict.from-needs-case': '--from needs a case id: spis conflict <case id> --from <file>',
  'conflict.none': 'No record is waiting for a decision.',
  'conflict.none-for-case': 'No record of case {id} is waiting for a decision.',
  'conflict.line': '{id}  {record}  (this computer: {ours}; another computer: {theirs})',
  'conflict.how': 'Decide with: spis conflict <case id>',
  'conflict.case-gone': 'Case {id} no longer exists; the decision on {record} is void.',
  'conflict.unreadable': 'A version of {file} cannot be read (see above); nothing was saved.',
  'conflict.saved': 'The decision on {record} of case {id} is saved (both versions stay in the history).',
  'conflict.send-later': 'The shared repository cannot be reached now; the next spis sync sends the decision.',
  'conflict.unknown-field': 'The field "{field}" is not among those to decide: {allowed}. Nothing was saved.',
  'conflict.undecided': 'No decision for: {fields}. Nothing was saved.',
  'conflict.bad-decision': 'The decision on "{field}" must be ours, theirs or {value: …}. Nothing was saved.',
  'conflict.absent': '(not given)',
  'conflict.by': '{name}, {date}',
  'conflict.by-unknown': 'unknown',
  'conflict.intro': 'Case {id}, record {record}: {count} field(s) changed differently here and on another computer.',
  'conflict.which': '{field} (originally: {base})',
  'conflict.keep-ours': "this computer's version: {value} ({by})",
  'conflict.keep-theirs': "the other computer's version: {value} ({by})",
  'conflict.type': 'type another value',
  'conflict.type-value': '{field} – new value (empty leaves the field out)',
  'conflict.summary-ours': 'this computer',
  'conflict.summary-theirs': 'another computer',
  'conflict.summary-typed': 'typed',
  'conflict.summary': 'Case {id}, {record} – decisions:',
  'conflict.question': 'Save the decisions?',
  'restore.not-git': 'The repository ({dir}) is not a git repository of its own; there is nothing to restore from.',
  'restore.nothing': 'Nothing to put back: no hand change that spis sync would refuse.',
  'restore.done': 'Put back: {file} ({what}).',
  'sync.timeout':
    'The shared repository "{remote}" did not answer within {seconds} s (the server is down, or the network drops the connection); nothing was exchanged and nothing is lost. The changes made here go with the next spis sync.',
  'sync.timeout-own':
    'The shared repository "{remote}" did not answer within the time set for ssh or git on this computer (GIT_SSH_COMMAND, core.sshCommand or http.lowSpeedTime); nothing was exchanged and nothing is lost. The changes made here go with the next spis sync.',
  'sync.ssh-key-refused':
    "The shared repository's server \"{remote}\" refused this computer's key; nothing was exchanged. Send the server's administrator your public key (~/.ssh/id_ed25519.pub; ssh-keygen -t ed25519 makes one) and run spis sync again.",
  'sync.ssh-host-key':
    'This computer does not know the key of the shared repository\'s server "{remote}", or it has changed; without a terminal spis asks nothing, and nothing was exchanged. Run spis sync once in a terminal, compare the server key\'s fingerprint with the one its administrator gave you, and confirm it. If the key changed, ask the administrator why first.',
  'sync.push-refused':
    'The shared repository\'s server "{remote}" refused the changes; nothing was sent and everything stays saved on this computer. The server said:\n{lines}',
  'purge.record-saved': 'Disposal record: {file} (no personal data). Print it with: spis disposal {id} --format pdf',
  'sync.history-rewritten':
    'The shared repository "{remote}" had its history rewritten so that no purged case ({ids}) stays in it; this computer still has the old history, so it sends nothing (that would bring them back). Your unsent changes are kept: run spis sync --reclone – it carries them over onto the new history and removes the old one from this computer, as a fresh clone would.',
  'sync.reclone-impossible':
    'The shared repository "{remote}" had its history rewritten, and this computer has no record of what it last synced; nothing was exchanged. Ask whoever looks after the repository for a fresh clone.',
  'sync.reclone-clash':
    "This computer's unsent changes could not be carried over onto the rewritten history (files below); nothing changed.\n{files}\nAsk whoever looks after the repository for help.",
  'sync.reclone-done':
    "This computer now has the shared repository's new history, without the purged cases; unsent changes carried over: {carried}. {dropped}",
  'sync.case-removed': 'Case {id} was purged (spis purge on another computer); its local copy was removed.',
  'opt.sync-reclone':
    'after the shared history was rewritten (purge): carries unsent changes over onto the new history and removes the old one',
  'archive.tombstoned': 'Case {id} was purged ({date}); it cannot be restored.',
  'cmd.complaint': 'the complaints register: receipt, written reply, overview, the reply letter',
  'cmd.complaint-add': 'records a complaint received (from a client, another person or anonymous)',
  'cmd.complaint-reply': 'records the written reply to a complaint and its outcome',
  'cmd.complaint-list': 'the complaints: when they came, about what, who handles them and how each was answered',
  'cmd.complaint-letter': 'the letter answering a complaint (md, html, pdf)',
  'opt.complaint-year': 'only complaints received in the year (YYYY)',
  'opt.complaint-open': 'only complaints without a written reply yet',
  'complaint.register-broken':
    'The complaints register cannot be read whole, so the overview would not be complete. Fix the files named (spis check).',
  'complaint.unknown': (p: Params) =>
    `Complaint “${p.value}” is not in the register${p.suggestion ? ` – did you mean ${p.suggestion}?` : ''}. Latest numbers: ${p.allowed}. Overview: spis complaint list`,
  'complaint.ambiguous': '“{value}” matches several complaints: {allowed}. Type the whole number.',
  'complaint.replied': 'Complaint {id} already has its reply recorded; a reply is not overwritten.',
  'complaint.no-reply': 'Complaint {id} has no reply recorded yet: first spis complaint reply {id}.',
  'complaint.bad-year': '“{value}” is not a year; give four digits, e.g. 2026.',
  'complaint.saved': 'Complaint recorded as number {id}.',
  'complaint.saved-deadline': 'Deadline for the written reply: {date} (spis due will remind you).',
  'complaint.reply-saved': 'Reply to complaint {id} recorded.',
  'complaint.letter-hint': 'The reply letter: spis complaint letter {id} --format pdf -o reply.pdf',
  'complaint.none': 'The register holds no complaints.',
  'complaint.ask-received': 'When did the complaint come',
  'complaint.ask-channel': 'How was it made',
  'complaint.ask-from': 'Who complains',
  'complaint.ask-case': 'The client’s case number',
  'complaint.ask-name': 'The complainant’s full name',
  'complaint.ask-relation': 'Relation to the service, e.g. a client’s parent (optional)',
  'complaint.ask-about': 'What is it about',
  'complaint.ask-worker': 'About which worker',
  'complaint.ask-about-case': 'The case number it concerns',
  'complaint.ask-summary': 'What the complaint is about (what happened)',
  'complaint.ask-handler': 'Who handles it',
  'complaint.ask-deadline': 'Deadline for the written reply',
  'complaint.ask-save': 'Record the complaint?',
  'complaint.ask-reply-date': 'When was the reply sent',
  'complaint.ask-outcome': 'How was the complaint judged',
  'complaint.ask-reply-text': 'The text of the written reply',
  'complaint.ask-measures': 'Measures taken (optional)',
  'complaint.ask-save-reply': 'Record the reply?',
  'complaint.no-such-case': 'Case {id} is not in the repository; give a case number, e.g. 2026-0003.',
  'complaint.summary-head': 'Complaint',
  'complaint.reply-head': 'Reply to complaint {id}',
  'complaint.received': 'Received',
  'complaint.from': 'Complainant',
  'complaint.about': 'About',
  'complaint.subject': 'Subject',
  'complaint.handler': 'Handled by',
  'complaint.deadline': 'Reply deadline',
  'complaint.reply-date': 'Sent',
  'complaint.outcome-label': 'Outcome',
  'complaint.reply-text': 'Reply',
  'complaint.measures': 'Measures',
  'complaint.col-id': 'Number',
  'complaint.col-answer': 'Answered',
  'complaint.answered': '{date}: {outcome}',
  'complaint.open': 'awaiting reply (deadline {date})',
  'complaint.overdue': 'OVERDUE (deadline {date})',
  'complaint.from-case': 'client, case {id}',
  'complaint.from-anonymous': 'anonymous',
  'complaint.from-purged': 'case purged',
  'complaint.about-worker-of': 'worker: {name}',
  'complaint.about-case-of': 'the service in case {id}',
  'complaint.about-service': 'the service in general',
  'complaint.channel.written': 'in writing',
  'complaint.channel.oral': 'orally',
  'complaint.channel.email': 'by e-mail',
  'complaint.channel.box': 'anonymously into the box',
  'complaint.from-kind.case': 'a client of the service (case number)',
  'complaint.from-kind.name': 'another person (name)',
  'complaint.from-kind.anonymous': 'anonymous',
  'complaint.about-kind.worker': 'a worker',
  'complaint.about-kind.case': 'the service in one case',
  'complaint.about-kind.service': 'the service in general',
  'complaint.outcome.justified': 'justified',
  'complaint.outcome.partly': 'partly justified',
  'complaint.outcome.unjustified': 'unjustified',
  'cmd.incident': 'incidents (standard 14): record, close, overview, the document',
  'cmd.incident-add': 'records an incident: what happened, the measures, who was informed, the steps that follow',
  'cmd.incident-close': 'closes an incident with its conclusion; its steps leave spis due',
  'cmd.incident-list': 'the incidents: when, what kind, whom they concerned and who was informed',
  'cmd.incident-show': 'the record of an incident as a document (md, html, pdf)',
  'opt.incident-year': 'only the incidents of the year (YYYY)',
  'opt.incident-open': 'only the incidents not closed yet',
  'opt.incident-children': 'only the incidents that concerned children',
  'incident.register-broken':
    'The incidents register cannot be read whole, so the overview would not be complete. Fix the files named (spis check).',
  'incident.unknown': (p: Params) =>
    `Incident “${p.value}” is not in the register${p.suggestion ? ` – did you mean ${p.suggestion}?` : ''}. Latest numbers: ${p.allowed}. Overview: spis incident list`,
  'incident.ambiguous': '“{value}” matches several incidents: {allowed}. Type the whole number.',
  'incident.closed': 'Incident {id} is already closed; a closing is not overwritten.',
  'incident.saved': (p: Params) =>
    `Incident recorded as number ${p.id}.${Number(p.steps) > 0 ? ' spis due will remind you of the steps until you close it (spis incident close).' : ''}`,
  'incident.closed-saved': 'Incident {id} closed.',
  'incident.none': 'The register holds no incidents.',
  'incident.ask-date': 'When did it happen',
  'incident.ask-time': 'At what time (HH:MM, optional)',
  'incident.bad-time': 'Give the time as HH:MM, e.g. 14:30.',
  'incident.ask-kind': 'Kind of incident',
  'incident.ask-cases': 'The case numbers it concerns, separated by commas (optional)',
  'incident.no-such-case': 'Case {ids} is not in the repository; give case numbers, e.g. 2026-0003.',
  'incident.ask-children': 'Did it concern children?',
  'incident.ask-summary': 'What happened',
  'incident.ask-measures': 'What was done at once (immediate measures)',
  'incident.ask-informed': 'Was anyone informed (OSPOD, police, family, management)?',
  'incident.ask-informed-more': 'Was anyone else informed?',
  'incident.ask-whom': 'Who was informed',
  'incident.ask-whom-name': 'Who exactly – the office or person (optional)',
  'incident.ask-informed-date': 'When',
  'incident.ask-step': 'Does a step follow (with a date)?',
  'incident.ask-step-more': 'Another step?',
  'incident.ask-step-text': 'The step',
  'incident.ask-step-due': 'By when',
  'incident.ask-worker': 'Who records it',
  'incident.ask-save': 'Record the incident?',
  'incident.ask-closed': 'When is it closed',
  'incident.ask-conclusion': 'Conclusion',
  'incident.ask-save-close': 'Close the incident?',
  'incident.summary-head': 'Incident',
  'incident.close-head': 'Closing incident {id}',
  'incident.when': 'When',
  'incident.kind': 'Kind',
  'incident.cases': 'Cases',
  'incident.what': 'What happened',
  'incident.measures': 'Measures',
  'incident.informed': 'Informed',
  'incident.step': 'Step',
  'incident.worker': 'Recorded by',
  'incident.closed-on': 'Closed',
  'incident.conclusion': 'Conclusion',
  'incident.children-mark': 'children',
  'incident.col-id': 'Number',
  'incident.col-state': 'State',
  'incident.open-state': 'open',
  'incident.closed-state': 'closed {date}',
  'incident.purged-cases': (p: Params) => `${p.count}× purged case`,
  'incident.party.ospod': 'OSPOD',
  'incident.party.police': 'police',
  'incident.party.family': 'family',
  'incident.party.management': 'management',
  'incident.party.other': 'other',
  'cmd.training': 'the staff’s training: a course recorded, the hours of a year',
  'cmd.training-add': 'records a worker’s course: when, what, by whom, hours, accreditation',
  'cmd.training-list': 'each worker’s training hours in a year against the yearly minimum',
  'opt.training-year': 'the year (YYYY); this year by default',
  'training.register-broken':
    'The training records cannot all be read, so the sums would not be complete. Fix the files named (spis check).',
  'training.saved': 'Training recorded as number {id}.',
  'training.one-format': 'Choose one output: --json (the data) or --format md|html|pdf (the document).',
  'training.summary-head': 'Training',
  'training.worker': 'Worker',
  'training.date': 'When',
  'training.course': 'Course',
  'training.hours': 'Hours',
  'training.accreditation': 'accreditation',
  'training.ask-worker': 'Who attended',
  'training.ask-date': 'When did the course begin',
  'training.ask-course': 'The course',
  'training.ask-provider': 'Who held it (optional)',
  'training.ask-hours': 'How many hours',
  'training.ask-accreditation': 'Accreditation number (optional)',
  'training.bad-accreditation': 'An accreditation number is letters, digits and / . -, e.g. A2023/0456-SP/PC.',
  'training.ask-save': 'Record the training?',
  'training.col-fte': 'Direct-care FTE',
  'training.col-courses': 'Courses',
  'training.col-state': 'Yearly minimum',
  'training.met': 'met',
  'training.below': '{missing} h missing',
  'cmd.group': 'group activities: one activity with many participants recorded, the overview, the document',
  'cmd.group-add': 'records a group activity: kind, topic, length, who led it, who came and who sent apologies',
  'cmd.group-list': 'the group activities with their attendances, hours and persons reached',
  'cmd.group-show': 'the record of a group activity as a document (md, html, pdf)',
  'opt.group-year': 'only the activities of the year (YYYY)',
  'opt.group-case': 'only the activities the case took part in or sent apologies to',
  'group.register-broken':
    'The register of group activities cannot be read whole, so the overview would not be complete. Correct the files named (spis check).',
  'group.unknown': (p: Params) =>
    `Activity “${p.value}” is not in the register${p.suggestion ? ` – did you mean ${p.suggestion}?` : ''}. The last numbers: ${p.allowed}. Overview: spis group list`,
  'group.ambiguous': '“{value}” matches several activities: {allowed}. Type the whole number.',
  'group.saved': (p: Params) =>
    `Group activity recorded as number ${p.id} (${n(p.count)} ${s(n(p.count), 'participant', 'participants')}).`,
  'group.none': 'The register holds no group activities.',
  'group.summary-head': 'Group activity',
  'group.when': 'When',
  'group.kind': 'Kind',
  'group.topic': 'Topic',
  'group.hours': 'Hours',
  'group.workers': 'Led by',
  'group.present': 'Took part',
  'group.excused': 'Excused',
  'group.others': 'Others',
  'group.record': 'Record',
  'group.education-mark': 'education',
  'group.ask-date': 'When did the activity take place',
  'group.ask-time': 'From what time (HH:MM, optional)',
  'group.ask-kind': 'Kind of activity',
  'group.ask-topic': 'Topic',
  'group.ask-education': 'Count the hours to the participants as education?',
  'group.ask-hours': 'How long did it take (hours, e.g. 1.5)',
  'group.ask-worker': 'Who led the activity',
  'group.ask-worker-more': 'Did anyone else lead it?',
  'group.ask-worker-next': 'Who else led it',
  'group.ask-present': 'Case numbers of those who took part (separated by commas)',
  'group.ask-excused': 'Case numbers of those who sent apologies (optional)',
  'group.both': 'Case {ids} is among those who took part already; excused is who did not come.',
  'group.ask-others': 'How many others came from outside the cases (anonymous or without a case; optional)',
  'group.ask-other-names': 'Their names, only if the service needs them (separated by semicolons; optional)',
  'group.ask-record': 'A short record: what was done, how it went',
  'group.ask-save': 'Record the activity?',
  'group.col-id': 'Number',
  'group.col-came': 'Came',
  'group.came-with-others': '{cases} + {others} others',
  'group.totals': (p: Params) =>
    `In all ${n(p.count)} ${s(n(p.count), 'activity', 'activities')}, ${n(p.attendances)} ${s(n(p.attendances), 'attendance', 'attendances')}, ${p.hours} participant-hours, ${n(p.persons)} ${s(n(p.persons), 'person', 'persons')} reached.`,
  'cmd.disposal': 'disposal records: without an argument the list, with a record id the document (md, html, pdf)',
  'disposal.none': 'No disposal record yet.',
  'disposal.line': '{id}  {date}  {kind}  {count} case(s): {ids}',
  'disposal.kind.destroyed': 'destroyed',
  'disposal.kind.proposed': 'proposed for the disposal procedure',
  'disposal.unknown': 'There is no disposal record "{id}". The list: spis disposal',
  'disposal.bad-file': 'The file {file} is not a disposal record spis can read.',
  'disposal.title-destroyed': 'Record of the destruction of documents (disposal protocol)',
  'disposal.title-proposed': 'Documents proposed for the disposal procedure',
  'sync.done': 'Synchronised ({sent} changes sent, {received} received).',
  'log.no-git': 'The case history is read from git, but {dir} is not a git repository with a history of its own.',
  'log.empty': 'Case {id} has no history in git yet.',
  'problem.yaml-syntax': 'YAML syntax error: {detail}',
  'problem.yaml-duplicate-key': 'this key appears twice in the record',
  'problem.yaml-too-large': 'the file is larger than {limit}, so it is not a case record',
  'problem.yaml-too-deep':
    'the file nests deeper than {limit} levels; no one writes such a record – it is damaged or planted',
  'problem.yaml-aliases': 'the file uses too many YAML aliases',
  'problem.yaml-not-mapping': 'a record must be a list of "key: value" entries',
  'problem.file-unreadable': 'the file cannot be read ({reason})',
  'problem.invalid-text': (p: Params) =>
    p.kind === 'utf8'
      ? `the file is not UTF-8 (byte ${p.char})`
      : `the file holds the control character ${p.char}, which does not belong in text`,
  'problem.schema-required': 'required field "{field}" is missing',
  'problem.schema-type': (p: Params) =>
    `"${p.field}" must be ${p.expected}${p.quote ? ', not a number' : p.value !== undefined ? `, found "${p.value}"` : ''}`,
  'problem.schema-enum': (p: Params) =>
    `${p.value !== undefined ? `"${p.value}"` : 'the value'} is not an allowed value of "${p.field}"`,
  'problem.register-file-name': 'the name {name} is not YYYY-MM-DD-xxxx.yaml (the date received and four characters)',
  'problem.register-id-mismatch': 'the number “{value}” does not match the file name {name}',
  'problem.unknown-case': 'case {value} is not in the repository (nor in the archive)',
  'problem.duplicate-member': 'household member {value} is listed twice',
  'problem.unknown-member': 'household member {value} is not in client.yaml (household)',
  'problem.duplicate-attendee': 'case {value} is listed twice among the attendees of the activity',
  'problem.others-count': '{named} other attendees are named, but others gives {count}',
  'problem.handler-concerned': 'the complaint about worker {value} is handled by the same worker',
  'problem.place-not-in-person': (p: Params) =>
    `a place is recorded only for a meeting in person, not for the form “${p.form}”`,
  'problem.schema-unknown-field': (p: Params) =>
    p.misplaced
      ? `the field "${p.field}" does not belong here${p.role ? ` (a household member with the role ${p.role})` : ''}`
      : `unknown field "${p.field}"${p.suggestion ? ` – did you mean "${p.suggestion}"?` : ''}`,
  'problem.schema-pattern': (p: Params) =>
    `${p.value !== undefined ? `"${p.value}"` : 'the value'} does not have the right form for "${p.field}"`,
  'problem.schema-empty': 'field "{field}" is empty',
  'problem.schema-range': (p: Params) =>
    p.rule === 'minItems'
      ? `"${p.field}" needs at least ${p.limit} ${s(n(p.limit), 'item', 'items')}`
      : `the value${p.value !== undefined ? ` ${p.value}` : ''} of "${p.field}" is out of range`,
  'problem.schema-other': 'field "{field}" breaks a schema rule ({rule})',
  'problem.date-invalid': (p: Params) =>
    p.value !== undefined ? `"${p.value}" is not a valid date` : `"${p.field}" is not a valid date`,
  'problem.unknown-worker': (p: Params) =>
    `unknown worker id "${p.value}"${p.suggestion ? ` – did you mean "${p.suggestion}"?` : ''}`,
  'problem.unknown-code': '"{value}" is not in code list {list}',
  'problem.unknown-goal': 'partial goal "{value}" does not exist in this case',
  'problem.duplicate-goal-id': 'partial goal id "{value}" is used twice',
  'problem.duplicate-worker': 'worker "{value}" is listed twice in the assessment',
  'problem.date-order': 'date {value} is before {label} ({other})',
  'problem.date-future': (p: Params) =>
    `${p.value !== undefined ? `date ${p.value}` : `the date in "${p.field}"`} is in the future (today is ${p.today})`,
  'problem.id-mismatch': 'case id "{value}" does not match folder {folder}',
  'problem.correction-mismatch': (p: Params) =>
    p.corrected === 'yes'
      ? `a correction must name the original record ${p.name} in corrects`
      : `record ${p.name} is not a correction and must have no corrects field`,
  'problem.correction-orphan': 'correction {name} corrects {original}, which is not beside it',
  'problem.correction-concurrent':
    'record {name} was corrected twice at once, in different clones ({corrections}); which correction holds is for a person to decide',
  'problem.file-name-mismatch': 'record date {value} does not match file name {name}',
  'problem.file-name-invalid': 'the contact record name {name} is not YYYY-MM-DD-xxxx.yaml with a real date',
  'problem.missing-record': 'status "{status}" needs {record}',
  'problem.unexpected-record': 'status "{status}" must not have {record}',
  'problem.status-mismatch': 'an archived case must be closed (status: closed), it is "{status}"',
  'problem.goal-closed': 'partial goal {value} was closed on {closed} and cannot be evaluated again',
  'problem.missing-client': 'case {id} has no client.yaml',
  'problem.kept-copy': 'a copy of a record from a refused edit (spis edit) was kept in {file}; it holds personal data',
  'problem.stray-file': '{file} does not belong in the case repository',
  'problem.symlink': 'this is a symbolic link; spis never follows links',
  'problem.pending-change': 'an unfinished write: a change of several files was interrupted',
  'problem.legal-item-missing': 'missing: {what} – required by {paragraph}',
  'problem.consent-missing': 'the record was e-mailed but the client has not consented to that',

  'hint.yaml-syntax':
    'Fix the marked place: indent with spaces (not tabs), put a space after the colon, quote text that contains a colon.',
  'hint.yaml-duplicate-key': 'Each key may appear once in a record; merge the two values or delete one.',
  'hint.yaml-too-large': 'Case records are a few kilobytes; move this file out of the repository.',
  'hint.yaml-too-deep':
    'Correct or remove the file by hand (spis restore undoes a hand change not yet in the history); the other cases are read on.',
  'hint.yaml-aliases': 'Records need no aliases (&, *); write the values out.',
  'hint.yaml-not-mapping': 'A record starts with lines like "key: value", e.g. "date: 2026-11-22".',
  'hint.file-unreadable': 'Check that it is a plain file (not a folder) and that its owner can read it.',
  'hint.invalid-text':
    'Save the file as UTF-8 and delete the marked character (editors show it as a box, a question mark or ^@); spis neither reads nor rewrites such a file.',
  'hint.schema-required': (p: Params) =>
    p.alternative
      ? `Under ${p.where} add either "${p.field}: …" (the goal goes on with a new review date) or "${p.alternative}: …" (the goal is reworded into a new goal in new_goals).`
      : `Add a line "${p.field}: …"${p.where ? ` under ${p.where}` : ''}; the schema in schemas/ describes the field.`,
  'hint.schema-type': (p: Params) =>
    p.expected === 'string'
      ? p.quote
        ? 'Put the value in quotes, or it is read as a number and loses its leading zeros (phone, birth number, IČO), e.g. "0612345678".'
        : p.collection
          ? 'Write plain text without [ ] and { }; longer text as a block ("|" after the colon, the text indented on the next lines).'
          : 'Quote text that looks like a number (IČO, postcode), e.g. "01234567".'
      : `Write ${p.expected}.`,
  'hint.schema-enum': 'Use one of: {allowed}.',
  'hint.register-file-name':
    'Rename the file to the record’s number, e.g. 2026-11-20-k3m9.yaml (the same as its id field); until then the register does not see it.',
  'hint.register-id-mismatch': 'The id field must be the file name without .yaml.',
  'hint.unknown-case': (p: Params) =>
    `Check the case number (spis list, spis list --archived).${
      p.register === 'complaint'
        ? ' For a complaint by someone who is not a client of the service, write their name instead of a case number (from: name).'
        : p.register === 'group'
          ? ' An attendee with no case at the service is not listed in attendees but counted in others.'
          : p.register === 'link'
            ? ' A link to another case (person, family) carries the number of a case the service has or had; without one, delete the field.'
            : ''
    }`,
  'hint.duplicate-member':
    'Each household member has a number of their own in client.yaml (m1, m2, …); give the second the next free one.',
  'hint.unknown-member':
    'The household members are {known}; add a new member to client.yaml (household), or correct the number.',
  'hint.duplicate-attendee': 'List each case once among the attendees, with its attendance (present or excused).',
  'hint.others-count':
    'The others field counts every attendee from outside the cases, the named ones in other_names too: correct the count.',
  'hint.handler-concerned':
    'A complaint about a worker is handled by someone else (the head, the director): change handler.',
  'hint.place-not-in-person': 'Leave out the place line; for a meeting in person, give form: osobne.',
  'hint.schema-unknown-field': (p: Params) =>
    p.misplaced
      ? 'A placement is recorded for a child only (role: child); carer and born for an adult member of the household only.'
      : 'Check the field name for a typo; write remarks as a # comment or in the note field.',
  'hint.schema-pattern': (p: Params) =>
    p.form === 'phone'
      ? 'Write the phone number in digits, with or without spaces, a prefix allowed, e.g. +420 600 000 000.'
      : p.expected
        ? `Expected form (from the schema): ${p.expected}`
        : 'Check the form of the value against the schema in schemas/.',
  'hint.schema-empty': 'Fill in the text, or delete the line if the field is optional.',
  'hint.schema-range': 'Correct the value as the schema in schemas/ describes.',
  'hint.schema-other': (p: Params) =>
    p.term
      ? 'For the contract term write either "indefinite: true" or "until: YYYY-MM-DD", not both.'
      : 'Compare the field with its description in the schema in schemas/ (an editor with YAML support shows what it lacks).',
  'hint.date-invalid': 'Write a real date as YYYY-MM-DD, e.g. 2026-02-28.',
  'hint.unknown-worker': 'Use a worker id from spis.yaml ({known}), or add the worker to spis.yaml.',
  'hint.unknown-code': 'Allowed values: {allowed}. Add your own under codes.{list} in spis.yaml.',
  'hint.unknown-goal': (p: Params) =>
    p.known
      ? `Use a goal id from goals.yaml (${p.known}); new goals are set under new_goals.`
      : 'The case has no partial goal yet; new goals are set under new_goals.',
  'hint.duplicate-goal-id': 'Every partial goal needs its own id; renumber the newer one.',
  'hint.duplicate-worker': 'An assessment takes at least two different professionals; name the second one.',
  'hint.date-order': 'Check both dates; one of them is probably a typo.',
  'hint.date-future': (p: Params) =>
    p.field === 'birth_date'
      ? 'A birth date cannot be in the future; check the year.'
      : 'A contact is recorded after it happens; check the year and month.',
  'hint.id-mismatch': 'The id field must equal the name of the case folder.',
  'hint.correction-mismatch':
    'spis edit <case> <record> makes corrections: a correction lies beside the original (…-xxxx.correction-1.yaml) and names its file in corrects.',
  'hint.correction-orphan':
    'An original record is never deleted or renamed: bring it back (git log, git checkout), or rename the correction to a plain record YYYY-MM-DD-xxxx.yaml without corrects and correction.',
  'hint.correction-concurrent':
    'Agree on the wording that holds and record it with spis edit <case> <record>: the new correction holds and both concurrent ones stay in the history.',
  'hint.file-name-mismatch':
    'Records are not rewritten: if the date is wrong, add a correcting record (corrects), else fix the date field.',
  'hint.file-name-invalid':
    'Rename the file to the contact date and four characters (a–z, 0–9), e.g. 2026-11-22-ab12.yaml; until then the case cannot be changed and is missing from the due report.',
  'hint.missing-record':
    'Add the missing record with its command (spis contract new, spis close, spis refuse), or correct the status.',
  'hint.unexpected-record': 'Correct the status, or remove the record if it does not belong.',
  'hint.status-mismatch':
    'Only closed cases belong in the archive; move it back to clients/, or close it (spis close).',
  'hint.goal-closed': 'To keep working on it, set a new partial goal (new_goals).',
  'hint.missing-client':
    'Every case starts with client.yaml; restore it from git (git checkout), or remove the folder.',
  'hint.kept-copy': 'Carry the edit over with spis edit again, then delete the folder {file}.',
  'hint.stray-file':
    "Move the file out of the repository or delete it; documents belong in the case's documents/ folder.",
  'hint.symlink':
    'Replace the link by a real folder or file (copy the content, delete the link); spis neither reads nor writes through links.',
  'hint.pending-change':
    'The next writing command (spis sync, for example) completes it; do not delete the file yourself.',
  'hint.legal-item-missing': 'Fill in the field "{field}"; the document cannot be made without it.',
  'hint.consent-missing': 'Record the consent in client.yaml (consents.email_records: true) or correct sent_by_email.',
};
