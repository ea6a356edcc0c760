// spis export <case>: the client's copy of everything held about them (Art. 15 GDPR) – every
// record as readable JSON and the documents rendered in HTML, with a Czech index page – into a
// new owner-only folder. The export is logged (access.log).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Context } from '../context.js';
import { err, out } from '../context.js';
import { SpisError, usageError, type ExitCode } from '../problems.js';
import { t } from '../i18n/index.js';
import { formatDate } from '../domain/dates.js';
import { clientLabel } from '../domain/case.js';
import { openRepo } from '../store/repo.js';
import { loadCase, scanCases, schemaRelPath, soundCase, type SoundCase } from '../store/case-store.js';
import { stringifyNew } from '../store/yaml-file.js';
import type { RecordKind } from '../domain/types.js';
import { personPseudonyms, Pseudonymiser } from '../domain/pseudonymise.js';
import { assertNewFolder, writeNewFolder, type FileChange } from '../store/atomic.js';
import { logAccess } from '../store/access-log.js';
import { escapeHtml } from '../render/render.js';
import type { DocumentName } from '../render/render.js';
import { DOCUMENT_LABELS } from '../render/views.js';
import { caseForDocuments, renderSoundDocument } from '../app/documents.js';

export interface ExportOptions {
  out?: string;
  format?: string;
  pseudonymised?: boolean;
  keepTexts?: boolean;
}

/** The documents the case has, each with what selects it (a contact, an amendment). */
function documentsOf(kase: SoundCase): { name: DocumentName; file: string; contact?: string; amendment?: number }[] {
  const docs: { name: DocumentName; file: string; contact?: string; amendment?: number }[] = [];
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
  if (kase.termination?.data && !kase.termination.data.one_off)
    docs.push({ name: 'termination', file: 'protokol-o-ukonceni.html' });
  return docs;
}

/** A copy of someone's data is a new folder, never written over another (store/atomic.ts writeNewFolder). */
function writeFolder(dir: string, files: FileChange[]): void {
  assertNewFolder(dir);
  writeNewFolder(dir, files);
}

/**
 * The whole repository with every direct identifier replaced (domain/pseudonymise.ts): names by a
 * stable pseudonym per person, birth dates by the year, addresses by the district, contact details
 * and free texts removed (kept with --keep-texts). Records only: no documents, no history, no log.
 */
async function exportPseudonymised(ctx: Context, opts: ExportOptions): Promise<ExitCode> {
  if (!opts.out) throw usageError('export.pseudonymised-out');
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const dir = resolve(ctx.io.cwd, opts.out);
  assertNewFolder(dir);
  const { cases, problems } = scanCases(repo, ['clients', 'archive']);
  const loaded = cases.map(({ id, location }) => loadCase(repo, id, location));
  const broken = [...problems, ...loaded.flatMap((k) => k.problems)];
  if (broken.length) throw new SpisError('export.broken', {}, 1, broken);
  const sound = loaded.map((k) => soundCase(k));
  const p = new Pseudonymiser(repo.config, personPseudonyms(sound.map((k) => k.client.data.person ?? k.id)), {
    keepTexts: opts.keepTexts,
  });
  const files: FileChange[] = [];
  const put = (rel: string, kind: RecordKind, data: unknown): void => {
    files.push({ path: join(dir, rel), content: stringifyNew(data, schemaRelPath(kind, rel)) });
  };
  put('spis.yaml', 'spis', p.configCopy());
  for (const name of readdirSync(join(repo.root, 'schemas')))
    files.push({ path: join(dir, 'schemas', name), content: readFileSync(join(repo.root, 'schemas', name), 'utf8') });
  for (const k of sound) {
    put(`${k.dir}/client.yaml`, 'client', p.client(k.client.data));
    if (k.contract?.data) put(`${k.dir}/contract.yaml`, 'contract', p.contract(k.contract.data));
    if (k.goals?.data) put(`${k.dir}/goals.yaml`, 'goals', p.goals(k.goals.data));
    if (k.termination?.data) put(`${k.dir}/termination.yaml`, 'termination', p.termination(k.termination.data));
    for (const c of k.contacts) put(`${k.dir}/contacts/${c.name}`, 'contact', p.contact(c.data));
  }
  writeFolder(dir, files);
  if (opts.keepTexts) err(ctx, t('export.texts-kept'));
  out(ctx, t('export.pseudonymised-done', { dir, count: sound.length }));
  return 0;
}

export async function runExport(ctx: Context, id: string | undefined, opts: ExportOptions): Promise<ExitCode> {
  if (opts.pseudonymised) {
    if (id !== undefined) throw usageError('export.pseudonymised-whole');
    return exportPseudonymised(ctx, opts);
  }
  if (opts.keepTexts) throw usageError('export.keep-texts-alone');
  if (id === undefined) throw usageError('export.which');
  const format = opts.format ?? 'all';
  if (!['all', 'json'].includes(format)) throw usageError('export.bad-format', { value: format });
  const repo = openRepo({ dir: ctx.dir, cwd: ctx.io.cwd, env: ctx.io.env });
  const loaded = loadCase(repo, id);
  const kase = soundCase(loaded);
  const dir = resolve(ctx.io.cwd, opts.out ?? `spis-${kase.id}-${ctx.today}`);
  // A copy of someone's data is never written over another.
  assertNewFolder(dir);
  const files: FileChange[] = [];
  const json = (rel: string, data: unknown): void => {
    files.push({ path: join(dir, 'data', rel), content: `${JSON.stringify(data, null, 2)}\n` });
  };
  json('client.json', kase.client.data);
  if (kase.contract?.data) json('contract.json', kase.contract.data);
  if (kase.goals?.data) json('goals.json', kase.goals.data);
  if (kase.termination?.data) json('termination.json', kase.termination.data);
  // A corrected record: the record in effect, and the original as first written beside it.
  for (const c of kase.contacts)
    json(
      `contacts/${c.name.replace(/\.yaml$/, '.json')}`,
      c.corrections ? { ...c.data, original: c.original?.data ?? null } : c.data,
    );

  const rendered: { label: string; file: string }[] = [];
  const skipped: { label: string; why: string }[] = [];
  if (format === 'all') {
    // One check of the case for all its documents; a case that cannot make documents says why in the index.
    let sound: SoundCase | undefined;
    try {
      sound = caseForDocuments(repo, loaded, ctx.today);
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
            : DOCUMENT_LABELS[doc.name];
      try {
        const { text } = renderSoundDocument(repo, sound!, doc.name, 'html', ctx.today, {
          contact: doc.contact,
          amendment: doc.amendment,
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
      content: indexPage(repo.config.provider.name, kase, ctx.today, files, rendered, skipped),
    });
  }
  writeFolder(dir, files);
  logAccess(repo.root, ctx.io.env, repo.config, 'export', [kase.id]);
  out(ctx, t('export.done', { dir, count: files.length }));
  return 0;
}

function indexPage(
  provider: string,
  kase: SoundCase,
  today: string,
  files: FileChange[],
  rendered: { label: string; file: string }[],
  skipped: { label: string; why: string }[],
): string {
  const e = escapeHtml;
  const data = files
    .filter((f) => f.path.includes(`${'/'}data${'/'}`))
    .map((f) => f.path.slice(f.path.indexOf('/data/') + 1));
  return `<!DOCTYPE html>
<html lang="cs">
<head>
<meta charset="utf-8">
<title>Kopie osobních údajů – spis ${e(kase.id)}</title>
<style>body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 180mm; margin: 10mm auto; font-size: 11pt; } li { margin: 1mm 0; }</style>
</head>
<body>
<h1>Kopie osobních údajů</h1>
<p>${e(clientLabel(kase.client.data))}, spis ${e(kase.id)} – vyhotoveno ${e(formatDate(today, 'cs'))} poskytovatelem ${e(provider)}${provider.endsWith('.') ? '' : '.'}</p>
<p>Podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) máte právo na kopii osobních údajů, které o vás zpracováváme. Tato složka obsahuje všechny záznamy vašeho spisu a dokumenty z nich vyhotovené. Dotazy, opravy a další práva (opravu, omezení zpracování, námitku) uplatníte u poskytovatele.</p>
<h2>Dokumenty</h2>
<ul>
${rendered.map((d) => `<li><a href="${e(d.file)}">${e(d.label)}</a></li>`).join('\n')}
${skipped.map((d) => `<li>${e(d.label)} – nelze vyhotovit: ${e(d.why)}</li>`).join('\n')}
</ul>
<h2>Záznamy (strojově čitelné, JSON)</h2>
<ul>
${data.map((f) => `<li><a href="${e(f)}">${e(f)}</a></li>`).join('\n')}
</ul>
</body>
</html>
`;
}
