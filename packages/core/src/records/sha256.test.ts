import { expect } from '@esm-bundle/chai';
import { canonicalJson, sha256Bytes, sha256Hex } from '@consentry/core';

const hexOf = (text: string): string => {
  let hex = '';
  for (const byte of sha256Bytes(new TextEncoder().encode(text))) hex += byte.toString(16).padStart(2, '0');
  return hex;
};

const subtleHex = async (bytes: Uint8Array<ArrayBuffer>): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('sha256 (script fallback for plain-http pages)', () => {
  // FIPS 180-4 examples and NIST CAVP SHA256ShortMsg / one-million-'a' vectors.
  const vectors: Array<[string, string]> = [
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ];

  for (const [input, digest] of vectors) {
    it(`matches the published vector for a ${input.length}-character message`, async () => {
      expect(hexOf(input)).to.equal(digest);
      expect(await sha256Hex(input)).to.equal(digest);
    });
  }

  it('agrees with Web Crypto at every padding boundary and on UTF-8 text', async () => {
    for (let length = 0; length <= 130; length++) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      const script = [...sha256Bytes(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
      expect(script, `length ${length}`).to.equal(await subtleHex(bytes));
    }
    const text = 'Zustimmung — 同意 — 🍪 "quotes", commas\r\n';
    expect(hexOf(text)).to.equal(await subtleHex(new TextEncoder().encode(text)));
  });
});

describe('canonicalJson', () => {
  it('sorts keys by code unit, drops undefined members and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, A: { z: 0, y: -1.5 } })).to.equal('{"A":{"y":-1.5,"z":0},"a":[true,null,"x"],"b":1}');
  });

  it('escapes strings the way JSON.stringify (and RFC 8785) does', () => {
    expect(canonicalJson({ '\u00e9': '"\n\u2028' })).to.equal('{"\u00e9":"\\"\\n\u2028"}');
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).to.throw(TypeError);
  });
});
