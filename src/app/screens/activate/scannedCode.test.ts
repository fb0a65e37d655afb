import { describe, expect, it } from 'vitest';
import { needsIosInstallHint } from '../../components/installPlatform';
import { codeFromScan } from './scannedCode';

describe('codeFromScan', () => {
  it('reads the code from the activation link of the QR code, and a bare code', () => {
    expect(codeFromScan('https://thuis.rijswijk.nl/activate#ABCD-EFGH-JK')).toBe('ABCD-EFGH-JK');
    expect(codeFromScan('http://localhost:8080/activate#abcd-efgh-jk')).toBe('ABCD-EFGH-JK');
    expect(codeFromScan('https://thuis.rijswijk.nl/activate#ABCD%20EFGH%20JK')).toBe('ABCD-EFGH-JK');
    expect(codeFromScan(' abcd efgh jk ')).toBe('ABCD-EFGH-JK');
  });

  it('refuses anything else: another page, no code, a payment QR, script', () => {
    expect(codeFromScan('https://example.com/pay?amount=10')).toBeNull();
    expect(codeFromScan('https://thuis.rijswijk.nl/agenda#ABCD-EFGH-JK')).toBeNull();
    expect(codeFromScan('https://thuis.rijswijk.nl/activate')).toBeNull();
    expect(codeFromScan('https://thuis.rijswijk.nl/activate#%E0%A4%A')).toBeNull();
    expect(codeFromScan('javascript:alert(1)')).toBeNull();
    expect(codeFromScan('ABC')).toBeNull();
    expect(codeFromScan('BCD:002\n1\nSCT\nNL00BANK0123456789')).toBeNull();
  });
});

describe('needsIosInstallHint', () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
  const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

  it('is for an iPhone or iPad in the browser, not from the home screen, not for Android', () => {
    expect(needsIosInstallHint({ userAgent: iphone, standalone: false }, false)).toBe(true);
    expect(needsIosInstallHint({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', platform: 'MacIntel', maxTouchPoints: 5 }, false)).toBe(true);
    expect(needsIosInstallHint({ userAgent: iphone, standalone: true }, false)).toBe(false);
    expect(needsIosInstallHint({ userAgent: iphone }, true)).toBe(false);
    expect(needsIosInstallHint({ userAgent: android }, false)).toBe(false);
    expect(needsIosInstallHint({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', platform: 'MacIntel', maxTouchPoints: 0 }, false)).toBe(false);
  });
});
