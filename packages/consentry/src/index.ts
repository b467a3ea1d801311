// `consentry` on npm: the consent core and the gate, re-exported, plus `startConsentry`, which
// wires them (and a UI) for an app. The Lit elements are a separate entry: `consentry/banner`.
export * from '@consentry/core';
export * from '@consentry/gate';
export * from './start-consentry.js';
