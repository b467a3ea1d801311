import { expect } from '@esm-bundle/chai';
import { ConsentryError, createConsent, validateRecordsOptions } from '@consentry/core';

const failure = (value: unknown): ConsentryError => {
  try {
    validateRecordsOptions(value);
  } catch (error) {
    expect(error).to.be.instanceOf(ConsentryError);
    expect((error as ConsentryError).code).to.equal('config/records');
    return error as ConsentryError;
  }
  throw new Error(`accepted ${JSON.stringify(value)}`);
};

describe('validateRecordsOptions', () => {
  it('accepts the documented shapes', () => {
    expect(validateRecordsOptions(undefined)).to.deep.equal({});
    expect(validateRecordsOptions({})).to.deep.equal({});
    const full = { endpoint: 'https://shop.example/consent-records', headers: { 'X-Site': 'shop' }, enabled: true };
    expect(validateRecordsOptions(full)).to.deep.equal(full);
    expect(validateRecordsOptions({ endpoint: '/consent-records' })).to.deep.equal({ endpoint: '/consent-records' });
    expect(validateRecordsOptions({ enabled: false })).to.deep.equal({ enabled: false });
  });

  it('names the field and the fix', () => {
    expect(failure('yes').field).to.equal('records');
    expect(failure({ endpiont: '/x' }).field).to.equal('records.endpiont');
    expect(failure({ endpiont: '/x' }).message).to.contain('endpoint, headers, enabled');
    for (const endpoint of ['consent', '//evil.example/x', 'javascript:alert(1)', 'ftp://x', 42, '']) {
      const error = failure({ endpoint });
      expect(error.field).to.equal('records.endpoint');
      expect(error.message).to.contain('"/consent-records"');
    }
    expect(failure({ headers: ['x'] }).field).to.equal('records.headers');
    expect(failure({ headers: { Cookie: 'a=1' } }).message).to.contain('X-Site');
    expect(failure({ headers: { 'bad name': 'x' } }).field).to.equal('records.headers');
    expect(failure({ headers: { 'X-A': 1 } }).field).to.equal('records.headers.X-A');
    expect(failure({ headers: { 'X-A': 'a\r\nSet-Cookie: x' } }).field).to.equal('records.headers.X-A');
    expect(failure({ enabled: 'no' }).field).to.equal('records.enabled');
  });

  it('is what createConsent uses for config.records', () => {
    expect(() => createConsent({ revision: 1, categories: { necessary: {} }, records: { endpoint: 'nope' } })).to.throw(ConsentryError, /records\.endpoint/);
    const consent = createConsent({ revision: 1, categories: { necessary: {} }, records: { endpoint: '/r' } }, { gpcSignal: false, tabSync: 'off' });
    expect(consent.config.records).to.deep.equal({ endpoint: '/r' });
    consent.destroy();
  });
});
