// Problems are what validation collects; SpisError is the one error type the CLI entry turns
// into a message and an exit code.
import type { MessageKey, Params } from './i18n/index.js';

export type ProblemCode =
  | 'yaml-syntax'
  | 'yaml-duplicate-key'
  | 'yaml-too-large'
  | 'yaml-aliases'
  | 'yaml-too-deep'
  | 'yaml-not-mapping'
  | 'file-unreadable'
  | 'invalid-text'
  | 'schema-required'
  | 'schema-type'
  | 'schema-enum'
  | 'schema-unknown-field'
  | 'schema-pattern'
  | 'schema-empty'
  | 'schema-range'
  | 'schema-other'
  | 'date-invalid'
  | 'unknown-worker'
  | 'unknown-code'
  | 'unknown-goal'
  | 'duplicate-goal-id'
  | 'duplicate-worker'
  | 'date-order'
  | 'date-future'
  | 'id-mismatch'
  | 'file-name-mismatch'
  | 'correction-mismatch'
  | 'correction-orphan'
  | 'correction-concurrent'
  | 'file-name-invalid'
  | 'missing-record'
  | 'unexpected-record'
  | 'status-mismatch'
  | 'goal-closed'
  | 'missing-client'
  | 'stray-file'
  | 'symlink'
  | 'pending-change'
  | 'kept-copy'
  | 'consent-missing'
  | 'legal-item-missing'
  | 'place-not-in-person'
  | 'register-file-name'
  | 'register-id-mismatch'
  | 'unknown-case'
  | 'handler-concerned'
  | 'duplicate-attendee'
  | 'others-count'
  | 'duplicate-member'
  | 'unknown-member';

export interface Problem {
  code: ProblemCode;
  /** Path relative to the case repository, with forward slashes. */
  file: string;
  line?: number;
  col?: number;
  /** Where in the record, as a dotted path (goals.partial[2].review). */
  path?: string;
  params: Params;
  /** The source line the problem points at, for the excerpt. */
  excerpt?: string;
}

export function problemMessageKey(code: ProblemCode): MessageKey {
  return `problem.${code}` as const;
}

export function problemHintKey(code: ProblemCode): MessageKey {
  return `hint.${code}` as const;
}

export type ExitCode = 0 | 1 | 2 | 130;

/** An error the user can act on: message key and parameters, the exit code, and any problems behind it. */
export class SpisError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
    readonly exitCode: ExitCode = 1,
    readonly problems: Problem[] = [],
  ) {
    super(key);
    this.name = 'SpisError';
  }
}

export function usageError(key: MessageKey, params: Params = {}): SpisError {
  return new SpisError(key, params, 2);
}

/** The system's code of a failed file or process operation (ENOENT, EEXIST…), or undefined for any other error. */
export function errnoCode(err: unknown): string | undefined {
  return err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}
