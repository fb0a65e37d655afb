import { describe, expect, it } from 'vitest';
import { missingToolsMessage, requireSystemTools, type SystemTool } from '../support/systemTools';

const there: SystemTool = { purpose: 'a tool that is installed', debianPackage: 'present-pkg', present: () => true };
const absent: SystemTool = { purpose: 'the browser tests', debianPackage: 'chromium', present: () => false };
const alsoAbsent: SystemTool = { purpose: 'the load balancer', debianPackage: 'nginx-light', present: () => false };

describe('system tools the tests need', () => {
  it('says nothing when every tool is there', () => {
    expect(missingToolsMessage([there])).toBeNull();
    expect(() => requireSystemTools([there])).not.toThrow();
  });

  it('names every missing package in one install line', () => {
    const message = missingToolsMessage([there, absent, alsoAbsent]) ?? '';
    expect(message).toContain('apt-get install chromium nginx-light');
    expect(message).toContain('- chromium: the browser tests');
    expect(message).not.toContain('present-pkg');
    expect(() => requireSystemTools([absent])).toThrow(/apt-get install chromium/);
  });
});
