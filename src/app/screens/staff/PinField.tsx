/** A PIN box: digits only, hidden, never filled in or remembered by the browser. */
export function PinField(props: { id: string; label: string; value: string; onChange(value: string): void; describedBy?: string; invalid?: boolean }) {
  return (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        className="input input--pin"
        type="password"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        dir="ltr"
        maxLength={12}
        value={props.value}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? true : undefined}
        onChange={(e) => props.onChange(e.target.value.replace(/\D/g, ''))}
        required
      />
    </>
  );
}
