import { expect } from '@esm-bundle/chai';
import { ConsentryError } from '@consentry/core';
import { CONFIG_ELEMENT_ID, readConfig } from './read-config.js';

describe('readConfig (drop-in)', () => {
  let element: HTMLElement | undefined;
  afterEach(() => element?.remove());

  function add(tag: string, type: string | null, text: string): void {
    element = document.createElement(tag);
    element.id = CONFIG_ELEMENT_ID;
    if (type) element.setAttribute('type', type);
    element.textContent = text;
    document.head.append(element);
  }

  const failure = (run: () => unknown): ConsentryError => {
    try {
      run();
    } catch (error) {
      expect(error).to.be.instanceOf(ConsentryError);
      return error as ConsentryError;
    }
    throw new Error('readConfig did not throw');
  };

  it('parses the JSON element, which wins over window.consentryConfig', () => {
    const text = '{ "revision": 3, "categories": { "necessary": {} } }';
    add('script', 'application/json', text);
    expect(readConfig(document, { consentryConfig: { revision: 9 } })).to.deep.equal({ config: { revision: 3, categories: { necessary: {} } }, text });
  });

  it('falls back to window.consentryConfig', () => {
    const config = { revision: 1, categories: { necessary: {} } };
    const read = readConfig(document, { consentryConfig: config });
    expect(read.config).to.equal(config);
    expect(read.text).to.equal(undefined);
  });

  it('names invalid JSON and how to fix it', () => {
    add('script', 'application/json', '{ "revision": 1, }');
    const error = failure(() => readConfig(document, {}));
    expect(error.field).to.equal(CONFIG_ELEMENT_ID);
    expect(error.message).to.contain('is not valid JSON').and.to.contain('trailing commas');
  });

  it('refuses an element that is not a JSON script (it would run, or be styled)', () => {
    add('script', null, '{}');
    expect(failure(() => readConfig(document, {})).message).to.contain('must be a <script type="application/json">');
    element?.remove();
    add('div', 'application/json', '{}');
    expect(failure(() => readConfig(document, {})).message).to.contain('found <div');
  });

  it('says where to put the config when there is none', () => {
    expect(failure(() => readConfig(document, {})).message).to.contain('no config found').and.to.contain('window.consentryConfig');
  });
});
