import { SYSTEM_TOOLS, requireSystemTools } from '../support/systemTools';

export default function setup(): void {
  requireSystemTools([SYSTEM_TOOLS.chromium, SYSTEM_TOOLS.notoFonts]);
}
