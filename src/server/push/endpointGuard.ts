import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

// No SSRF through a push subscription (docs/threat-model.md, "Notifications"): a device chooses its
// endpoint URL, and the server posts to it. Only https: to a public host passes, and the name is
// resolved by the same lookup the request then uses (`guardedLookup`), so a name that resolves to a
// public address at the check and to 10.0.0.1 at the post (DNS rebinding) cannot get through.
// PUSH_ENDPOINT_ALLOW lists origins that pass anyway (a local test endpoint).

// Two lists: Node's BlockList also checks an IPv4 address against IPv6 rules in their mapped form,
// so ::ffff:0:0/96 in one list would block every IPv4 address.
const blocked4 = new BlockList();
const blocked6 = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked4.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128], ['::1', 128], ['::ffff:0:0', 96], ['64:ff9b::', 96], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23],
  ['2001:db8::', 32], ['2002::', 16], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) blocked6.addSubnet(net, bits, 'ipv6');

/** Is this an address on the public internet (not loopback, private, link-local, unique-local, …)? */
export function isPublicAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 0) return false;
  return version === 4 ? !blocked4.check(address, 'ipv4') : !blocked6.check(address, 'ipv6');
}

const LOCAL_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home|corp|localdomain|home\.arpa)\.?$/i;

export type EndpointVerdict = { ok: true; allowListed: boolean; url: URL } | { ok: false; reason: string };

/** The checks that need no DNS: scheme, allow-list, local names, address literals. */
export function checkEndpoint(endpoint: string, allow: readonly string[]): EndpointVerdict {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (allow.includes(url.origin)) return { ok: true, allowListed: true, url };
  if (url.protocol !== 'https:') return { ok: false, reason: 'not https' };
  if (url.username || url.password) return { ok: false, reason: 'credentials in URL' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) return isPublicAddress(host) ? { ok: true, allowListed: false, url } : { ok: false, reason: 'private address' };
  if (!host.includes('.') || LOCAL_NAME.test(host)) return { ok: false, reason: 'local name' };
  return { ok: true, allowListed: false, url };
}

/**
 * A `lookup` for http(s).request that resolves as usual and then refuses unless every address is
 * public: the address connected to is the one that was checked.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad || addresses.length === 0) {
      return callback(Object.assign(new Error(`push endpoint ${hostname} resolves to a non-public address`), { code: 'EPUSHPRIVATE' }), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const [first] = addresses as [LookupAddress];
    return callback(null, first.address, first.family);
  });
};
