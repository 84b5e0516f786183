import { describe, expect, it } from 'vitest';
import { isLoopback, parseProcNetTcp } from './proc-net.js';

const tcp = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F40 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0
   1: 00000000:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1 0 100 0 0 10 0
   2: 0200A8C0:1F40 0100A8C0:D431 01 00000000:00000000 00:00000000 00000000     0        0 3 1 0 100 0 0 10 0
  sl  local_address                         remote_address                        st
   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 0
   1: 00000000000000000000000001000000:1FA4 00000000000000000000000000000000:0000 0A 0
   2: 0000000000000000FFFF00000100007F:1FAE 00000000000000000000000000000000:0000 0A 0`;

describe('parseProcNetTcp', () => {
  it('reads listening IPv4 and IPv6 sockets and skips established connections', () => {
    expect(parseProcNetTcp(tcp)).toEqual([
      { address: '127.0.0.1', port: 8000 },
      { address: '0.0.0.0', port: 80 },
      { address: '::', port: 8080 },
      { address: '::1', port: 8100 },
      { address: '127.0.0.1', port: 8110 },
    ]);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.0.1.1', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['172.18.0.2', false],
  ])('isLoopback(%s) is %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
