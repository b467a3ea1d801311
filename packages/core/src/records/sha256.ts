// SHA-256 (FIPS 180-4). `crypto.subtle` exists only in secure contexts (https, localhost), so
// a record written on a plain-http page would have no hash; this small implementation is the
// fallback. It is checked against the FIPS/NIST vectors and against crypto.subtle in tests.

// The constants are the first 32 bits of the fractional parts of the square roots (H) and
// cube roots (K) of the first primes (FIPS 180-4 §4.2.2, §5.3.3), computed on first use
// instead of shipped: doubles give them exactly (every one is >0.005 units away from a
// rounding boundary, far more than Math.cbrt's error), and the NIST vectors in the tests
// would catch any slip.
let K: Uint32Array | undefined;
let H: Uint32Array | undefined;

function constants(): [Uint32Array, Uint32Array] {
  if (!K || !H) {
    K = new Uint32Array(64);
    H = new Uint32Array(8);
    const fraction = (x: number): number => ((x - Math.floor(x)) * 0x100000000) >>> 0;
    for (let candidate = 2, n = 0; n < 64; candidate++) {
      let prime = true;
      for (let d = 2; d * d <= candidate; d++) if (candidate % d === 0) prime = false;
      if (!prime) continue;
      if (n < 8) H[n] = fraction(Math.sqrt(candidate));
      K[n++] = fraction(Math.cbrt(candidate));
    }
  }
  return [K, H];
}

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** SHA-256 of `bytes`, computed in script (no Web Crypto needed). */
export function sha256Bytes(bytes: Uint8Array): Uint8Array {
  // Padding (FIPS 180-4 §5.1.1): 0x80, zeros, then the bit length as a 64-bit big-endian int.
  const blocks = Math.ceil((bytes.length + 9) / 64);
  const data = new Uint8Array(blocks * 64);
  data.set(bytes);
  data[bytes.length] = 0x80;
  const view = new DataView(data.buffer);
  const bits = bytes.length * 8;
  view.setUint32(data.length - 8, Math.floor(bits / 0x100000000));
  view.setUint32(data.length - 4, bits >>> 0);

  const [k, initial] = constants();
  const h = initial.slice();
  const w = new Uint32Array(64);
  for (let offset = 0; offset < data.length; offset += 64) {
    for (let t = 0, i = offset; t < 16; t++, i += 4) w[t] = (data[i]! << 24) | (data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!;
    for (let t = 16; t < 64; t++) {
      const w15 = w[t - 15]!;
      const w2 = w[t - 2]!;
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    let f = h[5]!;
    let g = h[6]!;
    let hh = h[7]!;
    for (let t = 0; t < 64; t++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[t]! + w[t]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = h[0]! + a;
    h[1] = h[1]! + b;
    h[2] = h[2]! + c;
    h[3] = h[3]! + d;
    h[4] = h[4]! + e;
    h[5] = h[5]! + f;
    h[6] = h[6]! + g;
    h[7] = h[7]! + hh;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]!);
  return out;
}

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** SHA-256 of the UTF-8 bytes of `text`, as hex, computed synchronously in script. */
export function sha256HexSync(text: string): string {
  return toHex(sha256Bytes(new TextEncoder().encode(text)));
}

/**
 * SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits. Uses Web Crypto where the
 * page is a secure context and the script implementation elsewhere; both give the same digest.
 */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
    } catch {
      // A Web Crypto that refuses (odd embedders, a detached frame): the script gives the same digest.
    }
  }
  return toHex(sha256Bytes(bytes));
}
