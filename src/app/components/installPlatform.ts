interface NavigatorLike {
  userAgent: string;
  platform?: string;
  maxTouchPoints?: number;
  standalone?: boolean;
}

/**
 * An iPhone or iPad, not opened from the home screen. Every browser there is WebKit, which has no
 * install prompt: "Zet op beginscherm" in the share menu is the only way. (An iPad says it is a
 * Mac; its touch screen gives it away.)
 */
export function needsIosInstallHint(nav: NavigatorLike = navigator, standaloneDisplay = matchesStandalone()): boolean {
  const ios = /iPad|iPhone|iPod/.test(nav.userAgent) || (nav.platform === 'MacIntel' && (nav.maxTouchPoints ?? 0) > 1);
  return ios && nav.standalone !== true && !standaloneDisplay;
}

function matchesStandalone(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(display-mode: standalone)').matches;
}
