import type { PullResponse } from '../../domain/sync';

// A pull's answer as JSON text, with each row's value as the store keeps it: values are stored as
// canonical JSON (domain/tables.ts canonicalJson), so the text read from the database is written
// out as it is instead of being stringified again. Stringifying a full dossier's values cost about
// as much as reading them (docs/benchmarks.md, "Where a pull's time goes").
//
// pull.ts parses each value (the question filter and a helper's view need it) and notes the text
// it came from here; a value that was changed or replaced after that is not the noted object, so
// it is stringified as usual.

const storedText = new WeakMap<object, string>();

/** Notes that `value` is exactly the parse of `text` (and is not changed afterwards). */
export function noteStoredJson(value: object, text: string): void {
  storedText.set(value, text);
}

/** JSON.stringify(response), with the noted values' stored text. */
export function pullResponseJson(response: PullResponse): string {
  if (response.cookie === undefined) return JSON.stringify(response);
  const ops = response.patch.map((op) => {
    const text = op.op === 'put' ? storedText.get(op.value) : undefined;
    if (op.op !== 'put' || text === undefined) return JSON.stringify(op);
    return `{"op":"put","table":${JSON.stringify(op.table)},"id":${JSON.stringify(op.id)},"value":${text}}`;
  });
  return `{"cookie":${JSON.stringify(response.cookie)},"lastMutationId":${JSON.stringify(response.lastMutationId)},"patch":[${ops.join(',')}]}`;
}
