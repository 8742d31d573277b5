/**
 * Where `kiosk fetch` may connect. A feed URL comes from a config, but a redirect comes from
 * whoever answers: without a guard, a public feed that redirects to http://127.0.0.1:8080/admin
 * or to a cloud's metadata address (169.254.169.254) would be fetched and published. Every
 * address a connection would use — each redirect hop's, each DNS answer's — is checked here,
 * at connect time, so a name that resolves differently the second time gains nothing.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP } from "node:net";

/** IPv4 ranges that are not the public internet: this host, private networks, link-local, shared, reserved, multicast. */
const BLOCKED_V4: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

function v4Number(address: string): number {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

/** True for an address that is not on the public internet (loopback, private, link-local, unique-local, multicast …). */
export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) {
    const n = v4Number(address);
    return BLOCKED_V4.some(([base, bits]) => Math.floor(n / 2 ** (32 - bits)) === Math.floor(v4Number(base) / 2 ** (32 - bits)));
  }
  if (kind !== 6) return true;
  const a = address
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .split("%")[0]!;
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1, ::127.0.0.1, 64:ff9b::7f00:1) is judged as IPv4.
  const embedded = /(?:^|:)(\d+\.\d+\.\d+\.\d+)$/.exec(a)?.[1];
  if (embedded) return isPrivateAddress(embedded);
  const groups = expandV6(a);
  if (groups.every((g) => g === 0) || (groups.slice(0, 7).every((g) => g === 0) && groups[7] === 1)) return true;
  const first = groups[0]!;
  if ((first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80 || (first & 0xff00) === 0xff00) return true;
  // IPv4-mapped and IPv4-compatible, NAT64 (64:ff9b::/96), documentation (2001:db8::/32).
  if (groups.slice(0, 5).every((g) => g === 0) && (groups[5] === 0xffff || groups[5] === 0)) return isPrivateAddress(v4Of(groups));
  if (first === 0x64 && groups[1] === 0xff9b) return isPrivateAddress(v4Of(groups));
  return first === 0x2001 && groups[1] === 0xdb8;
}

function v4Of(groups: number[]): string {
  return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join(".");
}

function expandV6(address: string): number[] {
  const [head, tail] = address.includes("::") ? address.split("::") : [address, undefined];
  const parse = (part: string | undefined) =>
    part
      ? part
          .split(":")
          .filter(Boolean)
          .map((g) => parseInt(g, 16))
      : [];
  const left = parse(head);
  const right = parse(tail);
  return tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** Thrown when a destination is refused; says how to allow it. */
export class RefusedDestination extends Error {
  constructor(host: string, address: string) {
    super(
      `refused to connect to ${host} (${address}): a loopback, private or link-local address; set "fetch": { "allowPrivateNetworks": true } in the config to allow it`,
    );
    this.name = "RefusedDestination";
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that refuses private addresses (every answer is checked, not only the first). */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses as LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (refused) return callback(Object.assign(new RefusedDestination(hostname, refused.address), { code: "EREFUSED_PRIVATE" }), []);
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}

/** Checks a URL's host before connecting when it is an address already (no lookup happens for those). */
export function checkLiteralHost(url: URL, allowPrivate: boolean): void {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(host) && isPrivateAddress(host)) throw new RefusedDestination(url.hostname, host);
  if (!allowPrivate && /^localhost\.?$/i.test(host)) throw new RefusedDestination(url.hostname, "localhost");
}
