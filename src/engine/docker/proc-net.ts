// Reads the listening TCP sockets out of /proc/net/tcp and /proc/net/tcp6 text.
import type { ListeningSocket } from './container-api.js';

const LISTEN = '0A';

export function parseProcNetTcp(text: string): ListeningSocket[] {
  const sockets: ListeningSocket[] = [];
  for (const line of text.split('\n')) {
    const fields = line.trim().split(/\s+/);
    const local = fields[1];
    if (fields[3] !== LISTEN || !local?.includes(':')) continue;
    const [hexAddress = '', hexPort = ''] = local.split(':');
    sockets.push({ address: decodeAddress(hexAddress), port: Number.parseInt(hexPort, 16) });
  }
  return sockets;
}

/** The kernel prints addresses as 32-bit words in host (little-endian) byte order. */
function decodeAddress(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) =>
    (word.match(/../g) ?? []).reverse().map((b) => Number.parseInt(b, 16)),
  );
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return bytes.slice(12).join('.'); // IPv4-mapped
  }
  const groups: string[] = [];
  for (let i = 0; i < bytes.length; i += 2)
    groups.push((((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0)).toString(16));
  return compressIpv6(groups.join(':'));
}

function compressIpv6(full: string): string {
  if (full === '0:0:0:0:0:0:0:0') return '::';
  if (full === '0:0:0:0:0:0:0:1') return '::1';
  return full;
}

/** true when an address only accepts connections from inside the container */
export function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1';
}

/** true when an address accepts connections on every interface */
export function isWildcard(address: string): boolean {
  return address === '0.0.0.0' || address === '::';
}
