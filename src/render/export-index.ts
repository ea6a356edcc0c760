// The index page of a client's copy (Art. 15 GDPR): the documents, those that could not be made
// and why, and the records as JSON – in Czech, as the client reads it.
import { formatDate } from '../domain/dates.js';
import { clientLabel } from '../domain/case.js';
import type { Client } from '../domain/types.js';
import { escapeHtml } from './render.js';

export function indexPage(
  provider: string,
  kase: { id: string; client: { data: Client } },
  today: string,
  files: { path: string }[],
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
