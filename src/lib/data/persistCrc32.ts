// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as in zlib and PNG, read eight bytes at
// a time ("slicing-by-8", Intel 2006): tables[k][b] is the CRC of byte b followed by k zero
// bytes, so eight lookups advance over eight bytes. A kept file of 30 MiB is checked on the
// page's thread after an import; byte by byte that took over 200 ms there.
const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
for (let n = 0; n < 256; n += 1) {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  tables[0][n] = c >>> 0;
}
for (let n = 0; n < 256; n += 1) {
  for (let k = 1; k < 8; k += 1) {
    const prev = tables[k - 1][n];
    tables[k][n] = (tables[0][prev & 0xff] ^ (prev >>> 8)) >>> 0;
  }
}
const [t0, t1, t2, t3, t4, t5, t6, t7] = tables;

/** The CRC-32 of `bytes`, to tell kept data that reads back changed from data that is intact. */
export function persistCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  let i = 0;
  const whole = bytes.length - (bytes.length % 8);

  for (; i < whole; i += 8) {
    const a = crc ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    crc =
      t7[a & 0xff] ^
      t6[(a >>> 8) & 0xff] ^
      t5[(a >>> 16) & 0xff] ^
      t4[a >>> 24] ^
      t3[bytes[i + 4]] ^
      t2[bytes[i + 5]] ^
      t1[bytes[i + 6]] ^
      t0[bytes[i + 7]];
  }
  for (; i < bytes.length; i += 1) crc = t0[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
