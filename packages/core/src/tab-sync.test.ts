import { expect } from '@esm-bundle/chai';
import { createConsent, type ChangeDetail, type Consent, type TabSyncMode } from '@consentry/core';
import { clearCookies } from '../../../test/helpers/requests.js';
import { TAB_TEST_CONFIG } from '../../../test/helpers/tab-config.js';
import { settle, waitFor } from '../../../test/helpers/wait-for.js';
import { encodeConsentCookie } from './cookie-codec.js';

/** The second page (test/pages/consent-tab.ts) as this page sees it. */
interface TabWindow extends Window {
  ready?: boolean;
  consent: Consent;
  changes: ChangeDetail[];
  writes(): number;
}

/** Plain data, so details from the other page's realm compare by value. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('two tabs', () => {
  const made: Consent[] = [];
  const windows: Window[] = [];
  const make = (tabSync: TabSyncMode) => {
    const consent = createConsent(TAB_TEST_CONFIG, { gpcSignal: false, tabSync });
    made.push(consent);
    return consent;
  };
  const openTab = async (sync: TabSyncMode) => {
    const tab = window.open(`/test/pages/consent-tab.html?sync=${sync}`) as TabWindow;
    windows.push(tab);
    await waitFor(() => tab.ready, 'the second page to start');
    return tab;
  };
  afterEach(() => {
    made.splice(0).forEach((consent) => consent.destroy());
    windows.splice(0).forEach((tab) => tab.close());
    clearCookies();
  });

  it('a decision in one tab reaches the other at once, without a reload or a second cookie write', async () => {
    const tab = await openTab('broadcast');
    const here = make('broadcast');
    const state = here.set({ analytics: true }, { layer: 'banner' });
    const heard = await waitFor(() => tab.changes[0], 'the change in the other tab');
    expect(plain(heard)).to.deep.equal(plain({ state, previous: null, changed: ['analytics'], action: 'custom', layer: 'banner', origin: 'other-tab' }));
    expect(tab.consent.allows('analytics')).to.equal(true);
    expect(tab.consent.get()?.id).to.equal(state.id);
    expect(tab.writes()).to.equal(0);
    expect(tab.location.href).to.contain('consent-tab.html');
  });

  it('works both ways: a withdrawal and a reset in the other tab reach this one', async () => {
    const tab = await openTab('broadcast');
    const here = make('broadcast');
    here.acceptAll();
    await waitFor(() => tab.changes[0], 'the accept in the other tab');
    const changes: ChangeDetail[] = [];
    here.on('change', (detail) => changes.push(detail));

    tab.consent.withdraw({ layer: 'preferences' });
    await waitFor(() => changes[0], 'the withdrawal here');
    expect(changes[0]).to.deep.include({ action: 'withdraw', layer: 'preferences', origin: 'other-tab' });
    expect(changes[0]!.changed).to.deep.equal(['preferences', 'analytics', 'marketing']);
    expect(here.allows('analytics')).to.equal(false);

    tab.consent.reset();
    await waitFor(() => changes[1], 'the reset here');
    expect(changes[1]).to.deep.include({ state: null, origin: 'other-tab' });
    expect(here.needsDecision()).to.equal(true);
  });

  it('without BroadcastChannel, the other tab re-reads the cookie when it gets focus or becomes visible', async () => {
    const tab = await openTab('focus');
    const here = make('off');
    const state = here.acceptAll();
    await settle();
    expect(tab.changes).to.have.length(0);
    tab.dispatchEvent(new Event('focus'));
    expect(tab.changes).to.have.length(1);
    expect(plain(tab.changes[0])).to.deep.include({ action: 'accept_all', origin: 'other-tab', state: plain(state) });
    expect(tab.writes()).to.equal(0);
    // Nothing new: a second focus changes nothing.
    tab.dispatchEvent(new Event('focus'));
    expect(tab.changes).to.have.length(1);

    here.reset();
    tab.document.dispatchEvent(new Event('visibilitychange'));
    expect(tab.changes).to.have.length(2);
    expect(tab.changes[1]!.state).to.equal(null);
    expect(tab.consent.needsDecision()).to.equal(true);
  });

  it('ignores malformed messages and decisions that do not verify or belong to another revision', async () => {
    const here = make('broadcast');
    const changes: ChangeDetail[] = [];
    here.on('change', (detail) => changes.push(detail));
    const channel = new BroadcastChannel('consentry:consentry');
    const valid = {
      id: 'AbCdEfGhIjKlMnOpQrStUv',
      revision: '1',
      decidedAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 864e5).toISOString(),
      choices: { necessary: true, analytics: true },
      method: 'accept-all' as const,
    };
    try {
      channel.postMessage('accept');
      channel.postMessage({ kind: 'decision', value: 'garbage', action: 'accept_all', layer: 'api' });
      channel.postMessage({ kind: 'decision', value: encodeConsentCookie(valid).replace('analytics:1', 'marketing:1'), action: 'accept_all', layer: 'api' });
      channel.postMessage({ kind: 'decision', value: encodeConsentCookie({ ...valid, revision: '2' }), action: 'accept_all', layer: 'api' });
      channel.postMessage({ kind: 'decision', value: encodeConsentCookie(valid), action: 'hack', layer: 'api' });
      // As a real tab would: the cookie written, then the message.
      document.cookie = `consentry=${encodeConsentCookie(valid)}; path=/`;
      channel.postMessage({ kind: 'decision', value: encodeConsentCookie(valid), action: 'accept_all', layer: 'api' });
      await waitFor(() => changes[0], 'the one valid message');
      await settle();
      expect(changes).to.have.length(1);
      expect(changes[0]!.state?.choices).to.deep.equal({ necessary: true, preferences: false, analytics: true, marketing: false });
    } finally {
      channel.close();
    }
  });

  it('destroy() stops listening to other tabs', async () => {
    const here = make('broadcast');
    const changes: ChangeDetail[] = [];
    here.on('change', (detail) => changes.push(detail));
    here.destroy();
    // A live instance in this page shows when the message has arrived.
    const sentinel = make('broadcast');
    const heard: ChangeDetail[] = [];
    sentinel.on('change', (detail) => heard.push(detail));
    const tab = await openTab('broadcast');
    tab.consent.acceptAll();
    await waitFor(() => heard[0], 'the message to arrive');
    window.dispatchEvent(new Event('focus'));
    expect(changes).to.deep.equal([]);
    expect(() => here.acceptAll()).not.to.throw();
  });
});
