// Date and time fields work in the device's own time zone; appointments are stored as ISO
// instants (with offset), like the import sends them.

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD` of an instant, in this device's time zone. */
export function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `HH:MM` of an instant, in this device's time zone. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The instant of a local date and time as an ISO string; null when either is not valid. */
export function toInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${date}T${time}:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
