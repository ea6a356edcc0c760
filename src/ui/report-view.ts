// `spis report` as people read it: text for the terminal, CSV for a spreadsheet or the regional
// form (one indicator per row), and one self-contained HTML page with tables and inline SVG
// charts, print-ready on A4. Small counts of persons (1 … threshold − 1) are shown as "<3" in text
// and HTML; the work done (contacts, minutes) counts no persons and is shown as it is.
import type { Counts, Report } from '../domain/report.js';
import { UNKNOWN } from '../domain/report.js';
import type { SpisConfig } from '../domain/types.js';
import { isFosterCare, codeList, workerName } from '../domain/config.js';
import { formatDate } from '../domain/dates.js';
import { t, type Lang } from '../i18n/index.js';
import { escapeHtml } from '../render/render.js';

const SEX: Record<string, string> = { female: 'ženy', male: 'muži', unknown: 'neuvedeno' };
const SETTING: Record<string, string> = {
  ambulatory: 'ambulantně (na pracovišti)',
  field: 'terénně',
  remote: 'na dálku (telefon, e-mail, online, písemně)',
  unknown: 'osobně, místo neuvedeno',
};
const OUTCOME: Record<string, string> = { met: 'naplněn', partly_met: 'částečně naplněn', not_met: 'nenaplněn' };
const PARTIAL: Record<string, string> = {
  set: 'stanoveno',
  met: 'naplněno',
  partly_met: 'částečně naplněno',
  not_met: 'nenaplněno',
  reworded: 'přeformulováno',
  dropped: 'zrušeno',
  open_at_end: 'otevřeno na konci období',
};
const LETTER: Record<string, string> = {
  a: 'a) neposkytuje službu / mimo cílovou skupinu',
  b: 'b) nedostatečná kapacita',
  c: 'c) zdravotní stav',
  d: 'd) výpověď před méně než 6 měsíci',
};

/** A count as shown to people: below the threshold (but not zero) as "<threshold". */
export function masked(n: number, threshold: number): string {
  return n > 0 && n < threshold ? `<${threshold}` : String(n);
}

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${h} h ${minutes % 60} min`;
}

/** An age band as people read it: "27–64", "81 a více", "neuvedený". */
function bandLabel(band: string): string {
  return band === UNKNOWN ? 'neuvedený' : band.endsWith('-') ? `${band.slice(0, -1)} a více` : band.replace('-', '–');
}

/** A month as people read it: 2026-03 → 3/2026. */
function monthLabel(month: string): string {
  return `${Number(month.slice(5))}/${month.slice(0, 4)}`;
}

/** The labelled rows of every table, shared by text and HTML. */
interface Table {
  title: string;
  basis: string;
  rows: [string, string][];
}

function tables(r: Report, config: SpisConfig, threshold: number): Table[] {
  const m = (n: number): string => masked(n, threshold);
  const groups = codeList(config, 'target_groups');
  const forms = codeList(config, 'contact_forms');
  const types = codeList(config, 'contact_types');
  const reasons = codeList(config, 'termination_reasons');
  const refusal = codeList(config, 'refusal_reasons');
  const list = (c: Counts, label: (k: string) => string = (k) => k): [string, string][] =>
    Object.entries(c).map(([k, v]) => [label(k), m(v)]);
  // Work done counts contacts and minutes, not persons: nobody can be singled out by it, so it is shown as it is.
  const all = (c: Counts, label: (k: string) => string = (k) => k): [string, string][] =>
    Object.entries(c).map(([k, v]) => [label(k), String(v)]);
  const work = (
    t: Record<string, { contacts: number; minutes: number }>,
    label: (k: string) => string,
  ): [string, string][] => Object.entries(t).map(([k, v]) => [label(k), `${v.contacts} (${hours(v.minutes)})`]);
  const p = r.persons;
  const o = r.outcomes;
  // Foster-care support reports on the carers it has a dohoda with (zákon č. 359/1999 Sb.), not under § 85 of the social-services act.
  const foster = isFosterCare(config);
  return [
    {
      title: foster ? 'Osoby pečující, se kterými je uzavřena dohoda' : 'Osoby, kterým byla služba poskytnuta',
      basis: foster
        ? '§ 47b zákona č. 359/1999 Sb.; počítají se osoby, ne spisy'
        : '§ 85 odst. 5 zákona č. 108/2006 Sb.; počítají se osoby, ne spisy',
      rows: [
        ['celkem', m(p.total)],
        ['nově v období', m(p.new)],
        ['pokračující z dřívějška', m(p.continuing)],
        ['ukončeno v období', m(p.ended)],
        ...list(p.by_sex, (k) => `pohlaví: ${SEX[k] ?? k}`),
        ...list(p.by_age_band, (k) => `věk ${bandLabel(k)}`),
        ...list(p.by_target_group, (k) => `cílová skupina: ${groups[k] ?? k}`),
        ...list(p.by_district, (k) => `okres: ${k}`),
      ],
    },
    // Families and households, where the service records them (a case linked to its family, or a household).
    ...(r.families.members > 0 || r.families.total < p.total ? [familyTable(r.families, m)] : []),
    {
      title: 'Anonymní jednorázové kontakty',
      basis: 'standard kvality 6b; osoby nelze odlišit, počítají se spisy',
      rows: [
        ['spisy', m(r.anonymous.cases)],
        ['kontakty', m(r.anonymous.contacts)],
        ['čas', hours(r.anonymous.minutes)],
      ],
    },
    {
      title: foster ? 'Zájemci, dohody a odmítnutí' : 'Zájemci, smlouvy a odmítnutí',
      basis: foster ? '§ 47b zákona č. 359/1999 Sb.' : '§ 85 odst. 5 a § 91 odst. 3 zákona č. 108/2006 Sb.',
      rows: [
        ['noví zájemci', m(r.applicants.new)],
        ['uzavřené smlouvy písemné', m(r.applicants.contracts.written)],
        ['uzavřené smlouvy ústní', m(r.applicants.contracts.oral)],
        ['odmítnutí celkem', m(r.applicants.refused)],
        ...list(r.applicants.refused_by_reason, (k) => `odmítnuto – ${LETTER[k] ?? refusal[k] ?? k}`),
      ],
    },
    {
      title: 'Provedená práce',
      basis: 'kontakty a čas; podklad pro krajský monitoring',
      rows: [
        ['kontakty', String(r.work.contacts)],
        ['čas celkem', hours(r.work.minutes)],
        ['kontakty se zapsanou délkou', String(r.work.contacts_with_minutes)],
        ...work(r.work.by_form, (k) => `forma: ${forms[k] ?? k}`),
        ...work(r.work.by_type, (k) => `typ: ${types[k] ?? k}`),
        ...work(r.work.by_worker, (k) => `pracovník: ${workerName(config, k)}`),
        ...all(r.work.by_setting, (k) => SETTING[k] ?? k),
        ...all(r.work.by_month, (k) => `měsíc ${monthLabel(k)}`),
      ],
    },
    {
      title: 'Výsledky a kvalita',
      basis: 'standardy kvality č. 5 (individuální plánování) a 15 (názory uživatelů)',
      rows: [
        ...list(o.ended_by_reason, (k) => `ukončeno: ${reasons[k] ?? k}`),
        ...list(o.personal_goal_at_closing, (k) => `osobní cíl při ukončení ${OUTCOME[k] ?? k}`),
        ...list(o.partial_goals, (k) => `dílčí cíle – ${PARTIAL[k] ?? k}`),
        ['písemný plán tam, kde ho pravidla vyžadují', `${m(o.written_plan.written)} z ${m(o.written_plan.required)}`],
        [
          'osobní cíl hodnocen v intervalu pravidel',
          `${m(o.personal_goal_evaluated.evaluated)} z ${m(o.personal_goal_evaluated.due)}`,
        ],
        ['dílčí cíle po termínu přehodnocení k poslednímu dni', m(o.overdue_reviews_at_end)],
        ['hodnocení osobního cíle', m(o.evaluations.held)],
        ['– s účastí klienta (zástupce)', m(o.evaluations.client_took_part)],
        ['– bez účasti klienta (důvod zapsán)', m(o.evaluations.client_absent)],
        ['– se zapsanou spokojeností klienta', m(o.evaluations.satisfaction_recorded)],
      ],
    },
    {
      title: 'Skartace',
      basis: 'standard kvality č. 6 (dokumentace); záznamy spis disposal',
      rows: [
        ['spisy zničené po skartační lhůtě', String(r.disposal.destroyed)],
        ['spisy navržené ke skartačnímu řízení', String(r.disposal.proposed)],
      ],
    },
    {
      title: 'Stížnosti',
      basis: 'standard kvality č. 7; evidence spis complaint',
      rows: [
        ['přijaté stížnosti', String(r.complaints.received)],
        ['– na pracovníka', String(r.complaints.about.worker)],
        ['– na průběh služby v jednom spisu', String(r.complaints.about.case)],
        ['– na službu obecně', String(r.complaints.about.service)],
        ['– dosud bez písemné odpovědi', String(r.complaints.open)],
        ['vyřízené: oprávněné', String(r.complaints.outcome.justified)],
        ['vyřízené: částečně oprávněné', String(r.complaints.outcome.partly)],
        ['vyřízené: neoprávněné', String(r.complaints.outcome.unjustified)],
        ['vyřízené po lhůtě', String(r.complaints.late)],
      ],
    },
    {
      title: 'Mimořádné události',
      basis: 'standard kvality č. 14; evidence spis incident',
      rows: [
        ['události celkem', String(r.incidents.total)],
        ...Object.entries(r.incidents.by_kind).map(([k, n]): [string, string] => [
          `– ${codeList(config, 'incident_kinds')[k] ?? k}`,
          String(n),
        ]),
        ['týkaly se dětí', String(r.incidents.children)],
        ['informován OSPOD', String(r.incidents.informed.ospod)],
        ['informována policie', String(r.incidents.informed.police)],
        ['informována rodina', String(r.incidents.informed.family)],
        ['informováno vedení', String(r.incidents.informed.management)],
        ['dosud neuzavřené', String(r.incidents.open)],
      ],
    },
    {
      title: 'Pracovníci',
      basis: `standardy kvality č. 9 a 10; úvazky ke dni ${formatDate(r.period.to, 'cs')}, vzdělávání za rok ${r.period.to.slice(0, 4)}`,
      rows: [
        ['úvazky v přímé péči (přepočtené)', String(r.staff.fte_direct_care).replace('.', ',')],
        ['pracovníci v přímé péči', String(r.staff.workers_direct_care)],
        ...Object.entries(r.staff.training_hours).map(([w, h]): [string, string] => [
          `vzdělávání: ${workerName(config, w)}`,
          `${String(h).replace('.', ',')} h z ${r.staff.training_minimum}`,
        ]),
        ['pod ročním minimem', String(r.staff.below_minimum)],
      ],
    },
    {
      title: 'Skupinové aktivity',
      // Attendances at events, with no attribute of anyone: nobody can be singled out, so shown as they are.
      basis: 'evidence spis group; osoby ze spisů se počítají jednou, další účastníci při každé účasti',
      rows: [
        ['aktivity celkem', String(r.groups.total)],
        ...Object.entries(r.groups.by_kind).map(([k, n]): [string, string] => [
          `– ${codeList(config, 'group_kinds')[k] ?? k}`,
          String(n),
        ]),
        ['z toho vzdělávací', String(r.groups.education)],
        ['hodin aktivit', String(r.groups.hours).replace('.', ',')],
        ['účasti', String(r.groups.attendances)],
        ['účastnické hodiny', String(r.groups.participant_hours).replace('.', ',')],
        ['oslovené osoby celkem', String(r.groups.persons_reached)],
        ['– ze spisů', String(r.groups.cases_reached)],
        ['– další účastníci', String(r.groups.others)],
      ],
    },
  ];
}

function familyTable(f: Report['families'], m: (n: number) => string): Table {
  return {
    title: 'Rodiny a domácnosti',
    basis: 'spisy jedné rodiny se počítají jako jedna rodina, každá osoba jednou',
    rows: [
      ['rodiny', m(f.total)],
      ['osoby celkem (klienti a zapojení členové domácností)', m(f.persons)],
      ['– členové domácností', m(f.members)],
      ['– z toho děti', m(f.children)],
    ],
  };
}

function heading(r: Report, config: SpisConfig): string[] {
  return [
    `Výkaz služby ${config.provider.name} za období ${formatDate(r.period.from, 'cs')} – ${formatDate(r.period.to, 'cs')}`,
    `Věk k ${formatDate(r.reference_date, 'cs')}${r.worker ? `; jen spisy pracovníka ${workerName(config, r.worker)}` : ''}`,
  ];
}

export function reportText(r: Report, config: SpisConfig, threshold: number): string {
  const lines = [
    ...heading(r, config),
    `Počty osob menší než ${threshold} jsou skryté („<${threshold}“); práce (kontakty, čas) se uvádí celá.`,
  ];
  for (const tb of tables(r, config, threshold)) {
    const width = Math.max(...tb.rows.map(([k]) => [...k].length));
    lines.push('', `${tb.title} (${tb.basis})`, ...tb.rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`));
  }
  return `${lines.join('\n')}\n`;
}

/** One indicator per row: indicator, breakdown, value – exact numbers, for a spreadsheet or the regional form. */
export function reportCsv(r: Report): string {
  const rows: [string, string, number | string][] = [];
  const walk = (prefix: string, v: unknown): void => {
    if (typeof v === 'number') {
      const dot = prefix.lastIndexOf('.');
      rows.push([prefix.slice(0, dot), prefix.slice(dot + 1), v]);
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    }
  };
  walk('', {
    persons: r.persons,
    families: r.families,
    anonymous: r.anonymous,
    applicants: r.applicants,
    work: r.work,
    outcomes: r.outcomes,
    complaints: r.complaints,
    incidents: r.incidents,
    staff: r.staff,
    groups: r.groups,
  });
  const cell = (s: string | number): string =>
    /[",\n]/.test(String(s)) ? `"${String(s).replace(/"/g, '""')}"` : String(s);
  return (
    [
      'indicator,breakdown,value',
      `period,from,${r.period.from}`,
      `period,to,${r.period.to}`,
      ...rows.map((row) => row.map(cell).join(',')),
    ].join('\n') + '\n'
  );
}

// --- HTML with inline SVG charts ------------------------------------------------------------

interface Bar {
  label: string;
  /** Series values; a masked one is drawn as an empty bar with its "<3" label. */
  values: number[];
}

function chart(title: string, series: string[], bars: Bar[], threshold: number): string {
  const colours = ['#2b5d8a', '#c05a2b', '#8a8a8a'];
  const rowH = 18;
  const labelW = 210;
  const width = 640;
  const barW = width - labelW - 60;
  const max = Math.max(1, ...bars.flatMap((b) => b.values));
  const height = bars.length * rowH * series.length + bars.length * 6 + 30;
  let y = 24;
  const parts: string[] = [];
  series.forEach((s, i) =>
    parts.push(
      `<rect x="${labelW + i * 150}" y="4" width="10" height="10" fill="${colours[i % 3]}"/><text x="${labelW + i * 150 + 14}" y="13" font-size="10">${escapeHtml(s)}</text>`,
    ),
  );
  for (const b of bars) {
    parts.push(
      `<text x="${labelW - 6}" y="${y + (rowH * series.length) / 2 + 3}" font-size="10" text-anchor="end">${escapeHtml(b.label)}</text>`,
    );
    b.values.forEach((v, i) => {
      const hidden = v > 0 && v < threshold;
      const w = hidden ? 0 : Math.round((v / max) * barW);
      parts.push(
        `<rect x="${labelW}" y="${y}" width="${w}" height="${rowH - 4}" fill="${colours[i % 3]}"/><text x="${labelW + w + 4}" y="${y + rowH - 7}" font-size="10">${escapeHtml(masked(v, threshold))}</text>`,
      );
      y += rowH;
    });
    y += 6;
  }
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">${parts.join('')}</svg></figure>`;
}

const REPORT_STYLE = `@page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: "strana " counter(page) " z " counter(pages); font-size: 9pt; } }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #000; max-width: 178mm; margin: 0 auto; }
h1 { font-size: 15pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin: 6mm 0 1mm; }
.basis { color: #444; font-size: 9pt; margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; } td { border-bottom: 1px solid #ccc; padding: 1mm 2mm; } td.n { text-align: right; white-space: nowrap; }
figure { margin: 4mm 0; break-inside: avoid; } figcaption { font-weight: bold; margin-bottom: 1mm; }
section { break-inside: avoid-page; }
@media screen { body { margin: 10mm auto; } }`;

export function reportHtml(r: Report, config: SpisConfig, threshold: number): string {
  const [title, sub] = heading(r, config);
  const groups = codeList(config, 'target_groups');
  const sections = tables(r, config, threshold).map(
    (tb) =>
      `<section><h2>${escapeHtml(tb.title)}</h2><p class="basis">${escapeHtml(tb.basis)}</p><table>${tb.rows.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td class="n">${escapeHtml(v)}</td></tr>`).join('')}</table></section>`,
  );
  const charts = [
    chart(
      'Osoby podle věku a pohlaví',
      ['ženy', 'muži', 'neuvedeno'],
      Object.entries(r.persons.by_age_band_sex).map(([band, c]) => ({
        label: band === UNKNOWN ? 'věk neuvedený' : bandLabel(band),
        values: [c.female ?? 0, c.male ?? 0, c.unknown ?? 0],
      })),
      threshold,
    ),
    chart(
      'Osoby podle cílové skupiny',
      ['osoby'],
      Object.entries(r.persons.by_target_group).map(([k, v]) => ({ label: groups[k] ?? k, values: [v] })),
      threshold,
    ),
    // Contacts are no persons: drawn as they are (threshold 0).
    chart(
      'Kontakty podle měsíců',
      ['kontakty'],
      Object.entries(r.work.by_month).map(([k, v]) => ({ label: monthLabel(k), values: [v] })),
      0,
    ),
    chart(
      'Osobní cíl při ukončení',
      ['osoby'],
      Object.entries(r.outcomes.personal_goal_at_closing).map(([k, v]) => ({ label: OUTCOME[k] ?? k, values: [v] })),
      threshold,
    ),
  ];
  return `<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="cs">
<head>
<meta charset="utf-8"/>
<title>${escapeHtml(title)}</title>
<style>
${REPORT_STYLE}
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(sub)}. Počty osob menší než ${threshold} jsou skryté („&lt;${threshold}“); práce (kontakty, čas) se uvádí celá.</p>
${charts.join('\n')}
${sections.join('\n')}
</body>
</html>
`;
}
/** `report --refused-capacity --csv`: the applicants refused for want of capacity (§ 88 písm. g). */
export function refusedCapacityCsv(rows: { case_id: string; applied: string; refused: string }[]): string {
  return ['case_id,applied,refused', ...rows.map((x) => `${x.case_id},${x.applied},${x.refused}`)].join('\n');
}

/** The same as text. */
export function refusedCapacityText(
  rows: { case_id: string; applied: string; refused: string }[],
  period: { from: string; to: string },
  lang: Lang,
): string {
  return [
    t('report.capacity-head', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) }),
    ...rows.map(
      (x) =>
        `  ${x.case_id}  ${t('report.capacity-row', { applied: formatDate(x.applied, lang), refused: formatDate(x.refused, lang) })}`,
    ),
    ...(rows.length ? [] : [`  ${t('report.capacity-none')}`]),
  ].join('\n');
}
