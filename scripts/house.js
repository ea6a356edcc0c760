#!/usr/bin/env node
// The house's measurements (issue 25): lines per command file, prompt calls outside ui/, casts,
// non-null assertions, import cycles and the floors each module may import, README size.
// Reads src/ with TypeScript's own parser. `node scripts/house.js` prints them; `--json` for tests.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'src');

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** The floor of a module: its first folder under src/ (cli.ts, context.ts and problems.ts are their own). */
export function floorOf(file) {
  const rel = relative(srcDir, file).split('\\').join('/');
  return rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : rel.replace(/\.ts$/, '');
}

/**
 * What each floor may import at run time (type-only imports are free: they vanish when compiled).
 * The ground is domain/ (pure), then store/ (files and git), the checks and reports over them,
 * ui/ (prompts and renderers), app/ (services commands share), commands/, and cli.ts on top.
 */
export const FLOORS = {
  problems: [],
  i18n: ['problems'],
  domain: ['problems', 'i18n'],
  store: ['problems', 'i18n', 'domain', 'check'],
  check: ['problems', 'i18n', 'domain', 'store'],
  report: ['problems', 'i18n', 'domain', 'store', 'check'],
  render: ['problems', 'i18n', 'domain', 'store', 'report'],
  context: ['problems', 'i18n', 'domain', 'store', 'ui'],
  ui: ['problems', 'i18n', 'domain', 'store', 'check', 'report', 'render', 'context'],
  app: ['problems', 'i18n', 'domain', 'store', 'check', 'report', 'render', 'context', 'ui'],
  commands: ['problems', 'i18n', 'domain', 'store', 'check', 'report', 'render', 'context', 'ui', 'app'],
  cli: ['problems', 'i18n', 'domain', 'store', 'check', 'report', 'render', 'context', 'ui', 'app', 'commands'],
};

function isTypeOnlyImport(node) {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const named = clause.namedBindings;
  if (!named || !ts.isNamedImports(named)) return false;
  return named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
}

/** The caches' protocol and the thread pool: only the one reader of many cases (and the modules it is built of) take them up. */
const CACHE_PROTOCOL = ['StampCache', 'readCache', 'writeCache', 'acrossThreads', 'inThread', 'checkStampsFile'];
const READER_MODULES = ['store/case-reader.ts', 'store/stamp-cache.ts', 'store/stamp-check.ts', 'store/threads.ts'];

/** The run-time imports of one file, as absolute paths of .ts files under src/. */
function importsOf(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const add = (spec) => {
    if (!spec.startsWith('.')) return;
    found.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && !isTypeOnlyImport(node))
      add(node.moduleSpecifier.text);
    else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !node.isTypeOnly
    )
      add(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      add(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { sf, imports: [...new Set(found)] };
}

function count(sf, test) {
  let n = 0;
  const visit = (node) => {
    if (test(node)) n++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return n;
}

/** Each cycle once, as the list of files (relative to src/) from its smallest member round. */
function cyclesOf(graph) {
  // Tarjan's strongly connected components; a component of two or more files holds a cycle.
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const comps = [];
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) comps.push(comp.map((f) => relative(srcDir, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  return comps;
}

const PROMPT_CALL =
  /\bask\.(select|text|number|confirm|date|editor|checkbox|search|password)\s*\(|\bcreatePrompter\s*\(/g;

export function measure() {
  const files = sourceFiles(srcDir);
  const graph = new Map();
  const floorBreaks = [];
  let casts = 0;
  let nonNull = 0;
  let longLines = 0;
  const promptCallsOutsideUi = [];
  const commandLines = {};
  /** Commands importing a store module past the front door (store/index.ts). */
  const pastTheFrontDoor = [];
  /** Modules outside the one reader of many cases that take up the caches' protocol or the thread pool themselves. */
  const cacheProtocolOutside = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const { sf, imports } = importsOf(f, text);
    graph.set(f, imports);
    const floor = floorOf(f);
    for (const target of imports) {
      const to = floorOf(target);
      if (floor === 'commands' && to === 'store' && relative(srcDir, target) !== join('store', 'index.ts'))
        pastTheFrontDoor.push(`${relative(srcDir, f)} → ${relative(srcDir, target)}`);
      if (to !== floor && !(FLOORS[floor] ?? []).includes(to))
        floorBreaks.push(`${relative(srcDir, f)} → ${relative(srcDir, target)}`);
    }
    casts += count(
      sf,
      (n) => ts.isAsExpression(n) && !(ts.isTypeReferenceNode(n.type) && n.type.typeName.getText(sf) === 'const'),
    );
    casts += count(sf, (n) => ts.isTypeAssertionExpression(n));
    nonNull += count(sf, (n) => ts.isNonNullExpression(n));
    longLines += text.split('\n').filter((l) => l.length > 120).length;
    const rel = relative(srcDir, f);
    if (floor !== 'ui') {
      const calls = (text.match(PROMPT_CALL) ?? []).length;
      if (calls) promptCallsOutsideUi.push({ file: rel, calls });
    }
    if (!READER_MODULES.includes(rel.split('\\').join('/'))) {
      const named = [...text.matchAll(/^import\s*\{([^}]*)\}\s*from/gm)].flatMap((m) => m[1].split(','));
      const taken = named.map((n) => n.trim().replace(/^type\s+/, '')).filter((n) => CACHE_PROTOCOL.includes(n));
      if (taken.length) cacheProtocolOutside.push(`${rel}: ${taken.join(', ')}`);
    }
    if (floor === 'commands') commandLines[rel] = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  }
  return {
    commandFiles: Object.keys(commandLines).length,
    commandLines,
    commandsOver80: Object.entries(commandLines)
      .filter(([, n]) => n > 80)
      .map(([f, n]) => `${f} ${n}`),
    promptCallsOutsideUi,
    casts,
    nonNull,
    longLines,
    cycles: cyclesOf(graph),
    floorBreaks,
    pastTheFrontDoor,
    cacheProtocolOutside,
    readmeBytes: statSync(join(root, 'README.md')).size,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const m = measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(m, null, 2));
  else {
    const total = Object.values(m.commandLines).reduce((a, b) => a + b, 0);
    console.log(`command files: ${m.commandFiles}, ${total} lines; over 80 lines: ${m.commandsOver80.length}`);
    for (const l of m.commandsOver80) console.log(`  ${l}`);
    console.log(
      `prompt calls outside ui/: ${m.promptCallsOutsideUi.reduce((a, b) => a + b.calls, 0)} in ${m.promptCallsOutsideUi.length} files`,
    );
    console.log(`casts: ${m.casts}, non-null !: ${m.nonNull}, lines over 120 characters: ${m.longLines}`);
    console.log(`import cycles: ${m.cycles.length}`);
    for (const c of m.cycles) console.log(`  ${c.join(' ↔ ')}`);
    console.log(`imports across the floors: ${m.floorBreaks.length}`);
    for (const b of m.floorBreaks) console.log(`  ${b}`);
    console.log(`README.md: ${(m.readmeBytes / 1024).toFixed(1)} KB`);
  }
}
