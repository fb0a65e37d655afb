/**
 * A secret box: hidden, never filled in or remembered by the browser. Any characters: a few words
 * are easier to remember than twelve digits. (An old 6-digit PIN is typed here too, once.)
 */
export function SecretField(props: { id: string; label: string; value: string; onChange(value: string): void; describedBy?: string; invalid?: boolean; hint?: string }) {
  const describedBy = [props.hint ? `${props.id}-hint` : null, props.describedBy ?? null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <p id={`${props.id}-hint`} className="utrecht-paragraph staff-secret__hint">
          {props.hint}
        </p>
      )}
      <input
        id={props.id}
        className="utrecht-textbox utrecht-textbox--html-input input--secret"
        type="password"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        maxLength={128}
        value={props.value}
        aria-describedby={describedBy}
        aria-invalid={props.invalid ? true : undefined}
        onChange={(e) => props.onChange(e.target.value)}
        required
      />
    </>
  );
}
