// spis export, the application side: the client's copy of one case (Art. 15 GDPR) and the
// pseudonymised copy of the whole repository, as the files of a new folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpisError } from '../problems.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../domain/dates.js';
import type { HouseholdMember, RecordKind, RecordTypes } from '../domain/types.js';
import { personPseudonyms, Pseudonymiser } from '../domain/pseudonymise.js';
import {
  CASE_FILES,
  CASE_RECORD_KINDS,
  CONTACTS_DIR,
  declarationOf,
  exportPlace,
  SERVICE_FOLDER_KINDS,
  serviceFolder,
  SERVICE_LINKS,
  type CaseLinks,
  type ServiceFolderKind,
} from '../domain/kinds.js';
import { readServiceFolder, type ServiceFolder } from '../store/service-records.js';
import { CONFIG_FILE, type Repo } from '../store/repo.js';
import { loadCase, scanCases, schemaRelPath, soundCase, type LoadedCase, type SoundCase } from '../store/case-store.js';
import { stringifyNew } from '../store/yaml-file.js';
import type { FileChange } from '../store/atomic.js';
import type { DocumentName } from '../render/render.js';
import { DOCUMENT_LABELS } from '../render/views.js';
import { indexPage } from '../render/export-index.js';
import { caseForDocuments, renderSoundDocument } from './documents.js';
import { memberCopy } from '../domain/member-copy.js';

/** The documents the case has, each with what selects it (a contact, an amendment). */
type CopyDocument = { name: DocumentName; file: string; contact?: string; amendment?: number; report?: number };

function documentsOf(kase: SoundCase): CopyDocument[] {
  const docs: CopyDocument[] = [];
  const contract = kase.contract?.data;
  if (contract)
    docs.push({
      name: contract.form === 'oral' ? 'oral-contract' : 'contract',
      file: contract.form === 'oral' ? 'ustni-smlouva.html' : 'smlouva.html',
    });
  for (const a of contract?.amendments ?? [])
    docs.push({ name: 'amendment', file: `dodatek-${a.number}.html`, amendment: a.number });
  if (kase.goals?.data?.plan?.written) docs.push({ name: 'plan', file: 'individualni-plan.html' });
  for (const c of kase.contacts)
    docs.push({ name: 'contact', file: `zapisy/${c.name.replace(/\.yaml$/, '')}.html`, contact: c.name });
  (contract?.reports ?? []).forEach((_, i) =>
    docs.push({ name: 'periodic-report', file: `zprava-${i + 1}.html`, report: i + 1 }),
  );
  if (kase.termination?.data && !kase.termination.data.one_off)
    docs.push({ name: 'termination', file: 'protokol-o-ukonceni.html' });
  return docs;
}

/**
 * The whole repository with every direct identifier replaced (domain/pseudonymise.ts): names by a
 * stable pseudonym per person, birth dates by the year, addresses by the district, contact details
 * and free texts removed (kept with --keep-texts). Records only: no documents, no history, no log.
 */
export function pseudonymisedFiles(
  repo: Repo,
  dir: string,
  keepTexts: boolean | undefined,
): { files: FileChange[]; count: number } {
  const { cases, problems } = scanCases(repo, ['clients', 'archive']);
  const loaded = cases.map(({ id, location }) => loadCase(repo, id, location));
  const broken = [...problems, ...loaded.flatMap((k) => k.problems)];
  if (broken.length) throw new SpisError('export.broken', {}, 1, broken);
  const sound = loaded.map((k) => soundCase(k));
  const p = new Pseudonymiser(repo.config, personPseudonyms(sound.map((k) => k.client.data.person ?? k.id)), {
    keepTexts,
  });
  const files: FileChange[] = [];
  const put = (rel: string, kind: RecordKind, data: unknown): void => {
    files.push({ path: join(dir, rel), content: stringifyNew(data, schemaRelPath(kind, rel)) });
  };
  // Each record kind through the Pseudonymiser's method its declaration names (domain/kinds.ts).
  const through = (kind: RecordKind, data: unknown): unknown =>
    (p[declarationOf(kind).pseudonymise] as (x: unknown) => unknown).call(p, data);
  put(CONFIG_FILE, 'spis', through('spis', repo.config));
  for (const name of readdirSync(join(repo.root, 'schemas')))
    files.push({ path: join(dir, 'schemas', name), content: readFileSync(join(repo.root, 'schemas', name), 'utf8') });
  for (const k of sound) {
    for (const kind of CASE_RECORD_KINDS) {
      const data = k[kind]?.data;
      if (data) put(`${k.dir}/${CASE_FILES[kind]}`, kind, through(kind, data));
    }
    for (const c of k.contacts) put(`${k.dir}/${CONTACTS_DIR}/${c.name}`, 'contact', through('contact', c.data));
  }
  for (const register of soundRegisters(repo))
    for (const r of register.records)
      put(`${serviceFolder(register.kind)}/${r.id}.yaml`, register.kind, through(register.kind, r.data));
  return { files, count: sound.length };
}

/** The record as the case's copy holds it, or undefined where the case's copy does not hold it. */
function copyFor<K extends ServiceFolderKind>(kind: K, record: RecordTypes[K], id: string): unknown {
  const links: CaseLinks<RecordTypes[K]> = SERVICE_LINKS[kind];
  return links.copyTo(record).includes(id) ? links.copyFor(record, id) : undefined;
}

/** Every register (complaints/, …), read whole: a broken record stops the export rather than go missing from it. */
function soundRegisters(repo: Repo): ServiceFolder<(typeof SERVICE_FOLDER_KINDS)[number]>[] {
  const registers = SERVICE_FOLDER_KINDS.map((kind) => readServiceFolder(repo, kind));
  const broken = registers.flatMap((r) => r.problems);
  if (broken.length) throw new SpisError('export.broken', {}, 1, broken);
  return registers;
}

/**
 * The files of a client's copy (Art. 15 GDPR): every record as readable JSON under data/ and, with
 * format "all", the documents rendered in HTML under dokumenty/ with a Czech index page.
 */
export function caseCopyFiles(
  repo: Repo,
  loaded: LoadedCase,
  kase: SoundCase,
  dir: string,
  format: string,
  today: string,
): FileChange[] {
  const files: FileChange[] = [];
  const json = (rel: string, data: unknown): void => {
    files.push({ path: join(dir, 'data', rel), content: `${JSON.stringify(data, null, 2)}\n` });
  };
  // Every record of the case, where its declaration puts it (domain/kinds.ts).
  for (const kind of CASE_RECORD_KINDS) {
    const data = kase[kind]?.data;
    const as = exportPlace(kind);
    if (data && as) json(as, data);
  }
  // The register records the client made, that concern her or that she took part in (a complaint, an
  // incident, a group activity), as her copy holds them, where their declaration puts them.
  for (const register of soundRegisters(repo)) {
    const as = exportPlace(register.kind);
    for (const r of as ? register.records : []) {
      const held = copyFor(register.kind, r.data, kase.id);
      if (held !== undefined) json(`${as}/${r.id}.json`, held);
    }
  }
  // A corrected record: the record in effect, and the original as first written beside it.
  const contacts = exportPlace('contact');
  for (const c of contacts ? kase.contacts : [])
    json(
      `${contacts}/${c.name.replace(/\.yaml$/, '.json')}`,
      c.corrections ? { ...c.data, original: c.original?.data ?? null } : c.data,
    );

  const rendered: { label: string; file: string }[] = [];
  const skipped: { label: string; why: string }[] = [];
  if (format === 'all') {
    // One check of the case for all its documents; a case that cannot make documents says why in the index.
    let sound: SoundCase | undefined;
    try {
      sound = caseForDocuments(repo, loaded, today);
    } catch (err) {
      if (!(err instanceof SpisError)) throw err;
      skipped.push({ label: t('export.all-documents', {}, 'cs'), why: t(err.key, err.params, 'cs').split('\n')[0] });
    }
    for (const doc of sound ? documentsOf(sound) : []) {
      const label =
        doc.name === 'contact'
          ? `${DOCUMENT_LABELS.contact} ${formatDate(doc.contact!.slice(0, 10), 'cs')}`
          : doc.name === 'amendment'
            ? `${DOCUMENT_LABELS.amendment} č. ${doc.amendment}`
            : doc.name === 'periodic-report'
              ? `${DOCUMENT_LABELS['periodic-report']} č. ${doc.report}`
              : DOCUMENT_LABELS[doc.name];
      try {
        const { text } = renderSoundDocument(repo, sound!, doc.name, 'html', today, {
          contact: doc.contact,
          amendment: doc.amendment,
          report: doc.report,
        });
        files.push({ path: join(dir, 'dokumenty', doc.file), content: text });
        rendered.push({ label, file: `dokumenty/${doc.file}` });
      } catch (err) {
        // A document the case cannot make (an item missing) is named in the index, not silently left out.
        if (!(err instanceof SpisError)) throw err;
        skipped.push({ label, why: t(err.key, err.params, 'cs').split('\n')[0] });
      }
    }
    files.push({
      path: join(dir, 'index.html'),
      content: indexPage(repo.config.provider.name, kase, today, files, rendered, skipped),
    });
  }
  return files;
}

/** The household member a copy is for; another number is refused (and, not being m1, m2…, not quoted: it may be a name). */
export function memberOf(kase: SoundCase, id: string): HouseholdMember {
  const member = (kase.client.data.household ?? []).find((m) => m.id === id);
  if (!member) throw new SpisError('export.no-member', { id: kase.id, member: /^m[0-9]{1,2}$/.test(id) ? id : '…' });
  return member;
}

/**
 * The files of a household member's own copy (Art. 15 GDPR, `spis export <case> --member m2`):
 * their household entry, the contact records they were at or that were for them, their own
 * partial goals and the group activities they came to – as JSON under data/. The contact records
 * are whole, so they also tell of others: the worker reads them before handing the copy over.
 */
export function memberCopyFiles(repo: Repo, kase: SoundCase, dir: string, memberId: string): FileChange[] {
  const member = memberOf(kase, memberId);
  const groups = readServiceFolder(repo, 'group');
  if (groups.problems.length) throw new SpisError('export.broken', {}, 1, groups.problems);
  const copy = memberCopy(
    kase.id,
    member,
    kase.contacts.map((c) => ({ name: c.name, data: c.data })),
    kase.goals?.data.partial_goals ?? [],
    groups.records.map((r) => r.data),
  );
  const files: FileChange[] = [];
  const json = (rel: string, data: unknown): void => {
    files.push({ path: join(dir, 'data', rel), content: `${JSON.stringify(data, null, 2)}\n` });
  };
  json('clen-domacnosti.json', { case: kase.id, ...copy.member });
  const contacts = exportPlace('contact') ?? 'zapisy';
  for (const c of copy.contacts) json(`${contacts}/${c.name.replace(/\.yaml$/, '.json')}`, c.data);
  if (copy.goals.length) json('dilci-cile.json', copy.goals);
  const as = exportPlace('group') ?? 'skupinove-aktivity';
  for (const g of copy.groups) json(`${as}/${g.id}.json`, g);
  return files;
}
