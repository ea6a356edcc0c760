// The registers (complaints/, incidents/, trainings/), the application side every one of them
// shares: a register read whole for a command that shows it, a record found by its number or the
// end of it, and a new record numbered and written under the writer's lock (writeRegister).
import type { Context } from '../context.js';
import { SpisError, usageError } from '../problems.js';
import type { MessageKey } from '../i18n/index.js';
import { didYouMean } from '../domain/did-you-mean.js';
import type { ServiceFolderKind } from '../domain/kinds.js';
import type { Repo } from '../store/repo.js';
import { newRegisterId, readServiceFolder, type ServiceFolder } from '../store/service-records.js';
import type { ScriptedInput } from './input.js';
import { asWriter, writeRegister } from './write-case.js';

/** The words of a register's refusals: unreadable, no such number, several numbers meant. */
export interface RegisterWords {
  broken: MessageKey;
  unknown: MessageKey;
  ambiguous: MessageKey;
}

/** The register as it is: a record that cannot be read stops the command (it would be missing from what is shown). */
export function readWhole<K extends ServiceFolderKind>(
  repo: Pick<Repo, 'root'>,
  kind: K,
  words: Pick<RegisterWords, 'broken'>,
): ServiceFolder<K> {
  const register = readServiceFolder(repo, kind);
  if (register.problems.length > 0) throw new SpisError(words.broken, {}, 1, register.problems);
  return register;
}

/** One record by its number, or by its first or last characters where only one matches. */
export function findNumber<K extends ServiceFolderKind>(
  register: ServiceFolder<K>,
  id: string,
  words: RegisterWords,
): ServiceFolder<K>['records'][number] {
  const exact = register.records.find((r) => r.id === id);
  if (exact) return exact;
  const some = register.records.filter((r) => r.id.endsWith(id) || r.id.startsWith(id));
  if (some.length === 1 && some[0]) return some[0];
  const ids = register.records.map((r) => r.id);
  throw usageError(some.length > 1 ? words.ambiguous : words.unknown, {
    value: id,
    allowed: (some.length > 1 ? some.map((r) => r.id) : ids.slice(-5)).join(', ') || '–',
    suggestion: didYouMean(id, ids),
  });
}

/** Writes a new record of the register under the lock, numbered by its date; the commit names the number only. */
export function addRecord<K extends ServiceFolderKind>(
  ctx: Context,
  repo: Repo,
  kind: K,
  command: string,
  date: string | undefined,
  build: (id: string) => unknown,
  input?: ScriptedInput,
): Promise<string> {
  return asWriter(ctx, repo, command, (w) => {
    const register = readServiceFolder(repo, kind);
    const id = newRegisterId(
      date ?? ctx.today,
      register.records.map((r) => r.id),
    );
    writeRegister(w, repo, ctx.today, register, id, build(id), { input });
    w.summarise(`${command} ${id}`);
    return id;
  });
}

/**
 * Adds a part to a record of the register under the lock (a complaint's reply, an incident's
 * closing), read again there: a part already written is never overwritten. The --from input is
 * the part itself, so its problems point into it.
 */
export function addPart<K extends ServiceFolderKind, P extends string>(
  ctx: Context,
  repo: Repo,
  kind: K,
  command: string,
  id: string,
  part: P,
  value: Record<string, unknown>,
  words: { unknown: MessageKey; already: MessageKey },
  input?: ScriptedInput,
): Promise<void> {
  return asWriter(ctx, repo, command, (w) => {
    const register = readServiceFolder(repo, kind);
    const rec = register.records.find((r) => r.id === id);
    if (!rec) throw new SpisError(words.unknown, { value: id, allowed: '–' });
    if (Object.hasOwn(rec.data, part)) throw new SpisError(words.already, { id });
    const data = { ...rec.data, [part]: { date: ctx.today, ...value } };
    writeRegister(w, repo, ctx.today, register, id, data, {
      input,
      mapPath: (segs) => (segs[0] === part ? segs.slice(1) : segs),
    });
    w.summarise(`${command} ${id}`);
  });
}
