// The classifier and catalogue from the built dist, in Node (no DOM), through the interface
// the evaluation uses: classifyCookie(name, domain, { catalogue }).category.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { classifyCookie, ConsentryError } from '@consentry/core';
import { builtInCatalogueData, catalogue, compileCatalogue, loadCatalogue, mergeCatalogues } from '@consentry/core/catalogue';

const category = (name, domain, options = { catalogue }) => classifyCookie(name, domain, options).category;

test('the seeds of the issue classify as agreed', () => {
  for (const name of ['ASP.NET_SessionId', '__RequestVerificationToken', '.ASPXAUTH', 'PortalAuth', '__cfduid', '__cf_bm', 'cf_clearance', 'consentry']) {
    assert.equal(category(name), 'necessary', name);
  }
  for (const name of ['_ga', '_ga_3XK9ZQ2L1M', '_gat', '_gat_UA-1234-1', '_gat_gtag_UA_1234_1', '_gid']) assert.equal(category(name), 'analytics', name);
  assert.equal(category('_fbp'), 'marketing');
  assert.equal(category('IDE', '.doubleclick.net'), 'marketing');
});

test('every matching form: exact, prefix, infix and variable-suffix patterns', () => {
  assert.deepEqual(classifyCookie('_gid', undefined, { catalogue }), {
    category: 'analytics',
    vendor: 'Google Analytics',
    purpose: 'Tells visitors apart for 24 hours',
    lifetime: '1 day',
    source: 'catalogue',
  });
  assert.equal(category('_pk_id.1.1fff'), 'analytics'); // _pk_id.<site>.<hash>
  assert.equal(category('mp_0123abcd_mixpanel'), 'analytics'); // mp_<token>_mixpanel
  assert.equal(category('ph_phc_abc_posthog'), 'analytics'); // ph_<key>_posthog
  assert.equal(category('sb-abcdefgh-auth-token'), 'necessary'); // sb-<project>-auth-token
  assert.equal(category('sb-abcdefgh-auth-token.0'), 'necessary'); // ... split in chunks
  assert.equal(category('BIGipServerpool_web'), 'necessary'); // prefix
  // A `*` stands for at least one character, and the fixed parts must all be there.
  assert.equal(category('_ga_'), 'unknown');
  assert.equal(category('mp__mixpanel'), 'unknown');
  assert.equal(category('mp_abc_mixpanelx'), 'unknown');
  // The longest pattern wins: wordpress_logged_in_* over wordpress_*.
  assert.equal(classifyCookie('wordpress_logged_in_abc', undefined, { catalogue }).purpose, 'Keeps the visitor signed in');
});

test('domain-aware matching: short or ambiguous names need their domain', () => {
  assert.equal(category('IDE'), 'unknown');
  assert.equal(category('IDE', 'example.com'), 'unknown');
  assert.equal(category('IDE', 'ad.doubleclick.net'), 'marketing');
  assert.equal(category('IDE', 'DoubleClick.NET'), 'marketing');
  assert.equal(category('IDE', 'notdoubleclick.net'), 'unknown');
  for (const name of ['c', 'u', 'token', 'fr', 'NID', 'MUID', 'SID', 'uid']) assert.equal(category(name), 'unknown', name);
  assert.equal(category('fr', '.facebook.com'), 'marketing');
  assert.equal(category('anything_at_all', '.adnxs.com'), 'marketing'); // an ad server's whole domain
  // `sessionid` is a framework session by name, Instagram's when set on its domain.
  assert.equal(category('sessionid'), 'necessary');
  assert.equal(classifyCookie('sessionid', undefined, { catalogue }).vendor, 'Web framework');
  assert.equal(category('sessionid', '.instagram.com'), 'marketing');
  // Heuristics never speak for a cookie on an ad, social or analytics company's domain.
  assert.equal(category('csrf_token', '.x.com', {}), 'unknown');
  assert.equal(category('csrf_token', 'shop.example', {}), 'necessary');
});

test('the site config always wins over the catalogue and heuristics', () => {
  const categories = { necessary: { cookies: ['_ga', { name: 'legacy_*', provider: 'Us', purpose: 'Old login' }] }, analytics: { cookies: ['csrftoken'] }, preferences: {} };
  assert.deepEqual(classifyCookie('_ga', undefined, { catalogue, categories }), { category: 'necessary', source: 'config' });
  assert.deepEqual(classifyCookie('legacy_x', undefined, { catalogue, categories }), { category: 'necessary', vendor: 'Us', purpose: 'Old login', source: 'config' });
  assert.equal(classifyCookie('csrftoken', undefined, { catalogue, categories }).category, 'analytics');
  assert.equal(classifyCookie('_gid', undefined, { catalogue, categories }).category, 'analytics');
  assert.equal(classifyCookie('_fbp', undefined, { catalogue, categories }).category, 'unknown'); // marketing, not configured
  assert.equal(classifyCookie('wp_lang', undefined, { catalogue, categories }).category, 'preferences');
});

test('a standard category the site has not configured comes back unknown, never necessary', () => {
  const categories = { necessary: {}, marketing: {} };
  assert.deepEqual(classifyCookie('_ga', undefined, { catalogue, categories }), {
    category: 'unknown',
    suggestedCategory: 'analytics',
    vendor: 'Google Analytics',
    purpose: 'Tells visitors apart',
    lifetime: '2 years',
    source: 'catalogue',
  });
  assert.equal(classifyCookie('lang', undefined, { categories }).suggestedCategory, 'preferences');
  assert.equal(classifyCookie('_fbp', undefined, { catalogue, categories }).category, 'marketing');
});

test('without the catalogue: heuristics only, and they answer only with confidence', () => {
  assert.equal(category('__RequestVerificationToken', undefined, {}), 'necessary');
  assert.equal(category('myshop_session', undefined, {}), 'necessary');
  assert.equal(category('XSRF-TOKEN', undefined, {}), 'necessary');
  assert.equal(category('lang', undefined, {}), 'preferences');
  assert.equal(category('_ga', undefined, {}), 'unknown');
  for (const name of ['_hjSession_1', 'ai_session', '_parsely_session', '_pinterest_sess', 'sbjs_session', 'BCSessionID', 'sqzl_session_id', '__gpi_optout', 'is_gdpr']) {
    assert.notEqual(category(name, undefined, {}), 'necessary', name);
  }
  assert.equal(category('csrftoken', undefined, { catalogue, heuristics: false }), 'necessary');
  assert.equal(category('myshop_session', undefined, { catalogue, heuristics: false }), 'unknown');
});

test('hostile names never crash and never reach prototype properties', () => {
  const categories = { necessary: {}, analytics: { cookies: ['a*'] } };
  for (const name of ['', 'x'.repeat(4096), 'x'.repeat(5000), '_ga_' + 'A'.repeat(4092), 'a\u0000b', '\u0007', '\r\n', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'prototype', '__defineGetter__', 'valueOf']) {
    for (const domain of [undefined, '', '__proto__', '.'.repeat(300), 'constructor.com']) {
      const found = classifyCookie(name, domain, { catalogue });
      assert.equal(typeof found.category, 'string');
      assert.ok(['unknown', 'analytics'].includes(found.category), `${JSON.stringify(name.slice(0, 20))} → ${found.category}`);
      assert.doesNotThrow(() => classifyCookie(name, domain, { catalogue, categories }));
    }
  }
  assert.equal(category('x'.repeat(4096)), 'unknown');
  assert.equal(category('__proto__'), 'unknown');
  assert.equal(category(undefined), 'unknown');
  assert.equal(category(42), 'unknown');
  for (const domain of [42, null, {}, 'a.'.repeat(2000) + 'doubleclick.net']) assert.equal(category('IDE', domain), 'unknown');
  assert.equal(category('csrf_token', 42, {}), 'necessary');
  assert.equal(catalogue.lookup('IDE', 42), null);
  assert.equal(catalogue.lookup('__proto__'), null);
  assert.equal(catalogue.lookup('constructor', 'constructor'), null);
});

test('the hand-made check list: at least 95% right and no non-necessary cookie called necessary', () => {
  const { cookies } = JSON.parse(readFileSync(new URL('./classifier-checklist.json', import.meta.url), 'utf8'));
  assert.ok(cookies.length >= 150);
  const wrong = [];
  for (const [name, domain, expected] of cookies) {
    const got = category(name, domain ?? undefined);
    if (got !== expected) wrong.push(`${name} [${domain}]: expected ${expected}, got ${got}`);
    assert.ok(!(got === 'necessary' && expected !== 'necessary'), `${name} is ${expected} but was called necessary`);
  }
  assert.ok(wrong.length <= cookies.length * 0.05, wrong.join('\n'));
  // Without the catalogue the heuristics must still never call a tracker necessary.
  for (const [name, domain, expected] of cookies) {
    if (expected !== 'necessary') assert.notEqual(category(name, domain ?? undefined, {}), 'necessary', name);
  }
});

test('the built-in catalogue: at least 600 rows, every row valid, names written by us', () => {
  assert.ok(catalogue.size >= 600, `${catalogue.size} rows`);
  assert.doesNotThrow(() => compileCatalogue(builtInCatalogueData()));
  const data = builtInCatalogueData();
  assert.equal(data.format, 'consentry-catalogue');
  for (const [vendor, letter, , , rows] of data.vendors) {
    assert.match(letter, /^[npam]$/, vendor);
    for (const row of rows.split('\n').filter(Boolean)) {
      const [, lifetime = ''] = row.split('|');
      assert.match(lifetime, /^(?:s|\d+(?:sec|min|h|d|w|mo|y))?$/, `${vendor}: ${row}`);
    }
  }
  assert.equal(classifyCookie('_gali', undefined, { catalogue }).lifetime, '30 seconds');
});

test('loadCatalogue: bad shapes fail with a clear error, bad rows name their vendor and row', () => {
  for (const bad of [null, 42, {}, { format: 'consentry-catalogue', version: 2, vendors: [] }, { format: 'consentry-catalogue', version: 1, vendors: [['x', 'n']] }]) {
    assert.throws(() => loadCatalogue(bad), (error) => error instanceof ConsentryError && error.code === 'catalogue/invalid');
  }
  const withRow = (row, domains = '') => ({ format: 'consentry-catalogue', version: 1, vendors: [['Acme', 'a', domains, '', row]] });
  assert.throws(() => loadCatalogue(withRow('ok\nx*')), /vendors\[0\] \(Acme\) row 2: a pattern needs at least 3 fixed/);
  assert.throws(() => loadCatalogue(withRow('bad name')), /holds a character/);
  assert.throws(() => loadCatalogue(withRow('good|||q')), /category "q"/);
  assert.throws(() => loadCatalogue(withRow('@bound')), /needs the vendor to list domains/);
  assert.equal(loadCatalogue(withRow('@x*', 'acme.test')).lookup('xyz', 'cdn.acme.test').category, 'analytics');
});

test('imported catalogues add names but never make a tracker necessary', () => {
  const imported = loadCatalogue({
    format: 'consentry-catalogue',
    version: 1,
    vendors: [
      ['Claims', 'n', '', '', '_ga\n_fbp\nacme_visitor_id\nacme_login\nsho*\nacme_pref|1y|x|p'],
      ['Short', 'n', 'acme.test', '', '@c'],
    ],
  });
  const merged = mergeCatalogues(catalogue, imported);
  assert.equal(category('_ga', undefined, { catalogue: merged }), 'analytics'); // built-in first
  assert.equal(category('_fbp', undefined, { catalogue: merged }), 'marketing');
  assert.equal(category('acme_visitor_id', undefined, { catalogue: merged }), 'unknown'); // tracking word
  assert.equal(category('shopping', undefined, { catalogue: merged }), 'unknown'); // necessary by a 3-letter prefix: refused
  assert.equal(category('acme_login', undefined, { catalogue: merged }), 'necessary');
  assert.equal(category('acme_pref', undefined, { catalogue: merged }), 'preferences');
  assert.equal(category('c', 'www.acme.test', { catalogue: merged }), 'necessary');
  assert.equal(merged.size, catalogue.size + 7);
  // Trusted on purpose by the caller: then the data decides.
  assert.equal(compileCatalogue({ format: 'consentry-catalogue', version: 1, vendors: [['Mine', 'n', '', '', 'acme_visitor_id']] }).lookup('acme_visitor_id').category, 'necessary');
});
