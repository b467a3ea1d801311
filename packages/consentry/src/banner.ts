// `consentry/banner`: registers the Consentry elements (<consentry-banner>,
// <consentry-preferences-button>; the dialog and declaration load on first use) and exports
// the banner package, `mountConsentUi` included.
import '@consentry/banner/define';

export * from '@consentry/banner';
