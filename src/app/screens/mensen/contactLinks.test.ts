import { describe, expect, it } from 'vitest';
import { mailHref, telHref, whatsappHref } from './contactLinks';

describe('contact links', () => {
  it.each([
    ['+31 70 555 0142', 'tel:+31705550142'],
    ['070-555 01 42', 'tel:0705550142'],
    ['14 070', 'tel:14070'],
  ])('calls %s as %s', (phone, href) => expect(telHref(phone)).toBe(href));

  it.each([
    ['+31 6 5550 1420', 'https://wa.me/31655501420'],
    ['0031 6 5550 1420', 'https://wa.me/31655501420'],
    ['06-55501420', 'https://wa.me/31655501420'],
    ['+32 470 12 34 56', 'https://wa.me/32470123456'],
  ])('opens WhatsApp for %s at %s', (number, href) => expect(whatsappHref(number)).toBe(href));

  it('mails', () => expect(mailHref(' s.verbeek@example.nl ')).toBe('mailto:s.verbeek@example.nl'));
});
