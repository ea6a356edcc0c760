// spis client edit, the application side: what may be changed, the changes applied (a value
// replaces, null removes), which fields changed (names only), and --from read with the fields
// other commands own refused as such.
import { isOneOf } from '../domain/fields.js';
import type { Context } from '../context.js';
import { SpisError } from '../problems.js';
import { EDITABLE_FIELDS, type ClientChanges } from '../domain/client-changes.js';
import { recordShape } from '../store/input-shapes.js';
import { readScriptedInput, shapedInput, type ScriptedInput } from './input.js';

/** `client edit --from`: only the fields to change. */
export async function readClientChanges(
  ctx: Context,
  from: string,
): Promise<{ input: ScriptedInput; changes: ClientChanges }> {
  let input = await readScriptedInput(ctx, from);
  // Fields of client.yaml that other commands own are refused as such; any other key is unknown.
  const owned = Object.keys(recordShape('client'));
  const reserved = Object.keys(input.data).filter((k) => owned.includes(k) && !isOneOf(EDITABLE_FIELDS, k));
  if (reserved.length)
    throw new SpisError('client.edit-reserved', {
      file: input.label,
      fields: reserved.join(', '),
      allowed: EDITABLE_FIELDS.join(', '),
    });
  input = shapedInput(ctx, input, 'client-edit');
  return { input, changes: input.data };
}
