// One-tap links for a contact person. Numbers come from a case system, written as people write
// them ("+31 6 5550 1420", "070-555 01 42"), so they are cleaned here.

/** `tel:` link: digits and a leading + only. */
export function telHref(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `tel:${plus}${phone.replace(/\D/g, '')}`;
}

/**
 * WhatsApp's click-to-chat link needs the international number as digits only, without + or
 * leading zeros: "+31 6 …" and "0031 6 …" become 316…, and a Dutch "06 …" becomes 316… too.
 */
export function whatsappHref(number: string): string {
  let digits = number.replace(/\D/g, '');
  if (!number.trim().startsWith('+')) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    else if (digits.startsWith('0')) digits = `31${digits.slice(1)}`;
  }
  return `https://wa.me/${digits}`;
}

export function mailHref(email: string): string {
  return `mailto:${email.trim()}`;
}
