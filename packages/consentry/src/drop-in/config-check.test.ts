import { expect } from '@esm-bundle/chai';
import { configSum, markChecked, wasChecked } from './config-check.js';

describe('the checked-config checksum (drop-in)', () => {
  afterEach(() => localStorage.removeItem('consentry:checked-config'));

  it('depends on the config text as written, and on the library version', () => {
    const text = '{ "revision": 1, "categories": { "necessary": {} } }';
    const sum = configSum(JSON.parse(text), text);
    expect(sum).to.match(/^dev:\d+\.[0-9a-f]{8}$/);
    expect(configSum(JSON.parse(text), text)).to.equal(sum);
    expect(configSum(JSON.parse(text), text.replace('1', '2'))).not.to.equal(sum);
    // window.consentryConfig: its JSON serialisation.
    expect(configSum({ revision: 1 })).to.equal(configSum(null, '{"revision":1}'));
  });

  it('is empty for a config that cannot be serialised, which is never taken as checked', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(configSum(cyclic)).to.equal('');
    markChecked('');
    expect(wasChecked('')).to.equal(false);
  });

  it('remembers the last four configs checked, the newest first', () => {
    const sums = ['a', 'b', 'c', 'd', 'e'].map((letter) => configSum(null, letter));
    expect(wasChecked(sums[0]!)).to.equal(false);
    sums.forEach(markChecked);
    expect(sums.map(wasChecked)).to.deep.equal([false, true, true, true, true]);
    markChecked(sums[1]!); // checked again: moves to the front, no duplicate
    expect(localStorage.getItem('consentry:checked-config')!.split(' ')).to.deep.equal([sums[1], sums[4], sums[3], sums[2]]);
  });

  it('treats storage that throws as "not checked", without throwing', () => {
    const getItem = Storage.prototype.getItem;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = Storage.prototype.getItem;
    try {
      const sum = configSum(null, 'x');
      expect(() => markChecked(sum)).not.to.throw();
      expect(wasChecked(sum)).to.equal(false);
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });
});
