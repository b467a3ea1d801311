import { expect } from '@esm-bundle/chai';
import { createConsent, validateConfig } from '@consentry/core';
import { clearCookies } from '../../../test/helpers/requests.js';

// Objects made in another frame (a site's iframe, a test harness) have that frame's
// Object.prototype; they are still plain objects and must be accepted.
describe('objects from another frame', () => {
  let frame: HTMLIFrameElement;
  beforeEach(async () => {
    frame = document.createElement('iframe');
    document.body.append(frame);
    await new Promise((resolve) => setTimeout(resolve));
  });
  afterEach(() => {
    frame.remove();
    clearCookies();
  });

  const foreign = <T>(json: string): T => (frame.contentWindow as unknown as { JSON: JSON }).JSON.parse(json) as T;

  it('set() accepts a choices object made in another frame', () => {
    const consent = createConsent({ revision: 1, categories: { necessary: {}, analytics: {} } });
    const choices = foreign<Record<string, boolean>>('{"analytics":true}');
    expect(Object.getPrototypeOf(choices)).not.to.equal(Object.prototype);
    expect(consent.set(choices).choices).to.deep.equal({ necessary: true, analytics: true });
    consent.destroy();
  });

  it('validateConfig accepts a config made in another frame, and still refuses arrays and class instances', () => {
    const config = foreign<Parameters<typeof validateConfig>[0]>('{"revision":1,"categories":{"necessary":{}}}');
    expect(validateConfig(config).revision).to.equal('1');
    const consent = createConsent({ revision: 1, categories: { necessary: {}, analytics: {} } });
    expect(() => consent.set(foreign('[]'))).to.throw(/object of category ids/);
    expect(() => consent.set(new Date() as unknown as Record<string, boolean>)).to.throw(/object of category ids/);
    consent.destroy();
  });
});
