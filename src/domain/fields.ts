// A record's fields by name, for the code that compares records field by field without knowing
// their kind (what a correction changed, what an edit of the client changed).

/** The own enumerable fields of a record, by name (a copy: the record is not touched). */
export function fieldsOf(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record));
}

/** Whether a string is one of a list of literals (a document's name, a record's file name…), typed as it. */
export function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return list.some((x) => x === value);
}
