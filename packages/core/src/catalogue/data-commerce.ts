import type { PackedVendor } from './catalogue-format.js';

/**
 * Shops and payments: e-commerce platforms, carts, checkout and payment fraud protection.
 * Written by the Consentry authors from the products' own documentation; see
 * catalogue-format.ts for the row syntax. Carts and checkout are strictly necessary
 * (STANDARDS.md R-11); the shops' own visit measurement and attribution are not.
 */
export const COMMERCE: PackedVendor[] = [
  ['E-commerce', 'n', '', "Keeps the visitor's cart", `
cart|2w
`],
  ['WooCommerce', 'n', '', '', `
wp_woocommerce_session_*|2d|Keeps the visitor's cart and checkout session
woocommerce_cart_hash|s|Notices when the cart changes
woocommerce_items_in_cart|s|Notices when the cart changes
woocommerce_recently_viewed|s|Lists recently viewed products|p
store_notice*|s|Remembers that the store notice was dismissed|p
wc_cart_hash_*|s|Notices when the cart changes
wc_fragments_*|s|Caches the mini cart
wc_cart_created|s|Records when the cart was created
`],
  ['Magento / Adobe Commerce', 'n', '', '', `
form_key|s|Anti-forgery token that protects forms
mage-cache-sessid|s|Clears the local cache when the session changes
mage-cache-storage|s|Local cache of the visitor's cart and account data
mage-cache-storage-section-invalidation|s|Forces parts of the local cache to reload
mage-messages|s|Carries messages to the next page
mage-banners-cache-storage|s|Local cache of banners
private_content_version|1y|Notices when private content must reload
section_data_ids|s|Notices when parts of the local cache must reload
X-Magento-Vary|s|Varies the page cache by the visitor's context
persistent_shopping_cart|1y|Keeps the cart for a returning visitor
login_redirect|s|Remembers where to return after sign-in
external_no_cache|s|Bypasses the page cache
frontend_cid|s|Secures the session cookie (Magento 1)
adminhtml|s|Keeps the administrator signed in
recently_viewed_product|s|Lists recently viewed products|p
recently_viewed_product_previous|s|Lists recently viewed products|p
recently_compared_product|s|Lists recently compared products|p
recently_compared_product_previous|s|Lists recently compared products|p
product_data_storage|s|Local cache of product data|p
`],
  ['HCL / IBM WebSphere Commerce', 'n', '', "Keeps the visitor's shop session and cart (WebSphere Commerce)", `
WC_SESSION_ESTABLISHED|s
WC_AUTHENTICATION_*|s|Keeps the visitor signed in (WebSphere Commerce)
WC_ACTIVEPOINTER|s
WC_USERACTIVITY_*|s
WC_PERSISTENT|1y
WC_GENERIC_ACTIVITYDATA|s
`],
  ['SAP Commerce', 'n', '', '', `
acceleratorSecureGUID|s|Secures the signed-in session (SAP Commerce)
anonymous-consents|1y|Remembers an anonymous visitor's consents (SAP Commerce)
`],
  ['Salesforce Commerce Cloud', 'n', '', '', `
dwsid|s|Keeps the visitor's shop session
dwanonymous_*|6mo|Keeps an anonymous visitor's cart
dwsecuretoken_*|s|Secures the shop session
dw_dnt|s|Records the visitor's tracking choice
__cq_dnt|s|Records the visitor's tracking choice
dwac_*|s|Collects shopping activity for reports|a
__cq_uuid|1y|Identifies the visitor for product recommendations (Einstein)|m
__cq_seg|1y|Holds the visitor's segments for recommendations (Einstein)|m
__cq_bc|1y|Holds browsed categories for recommendations (Einstein)|m
cqcid|1y|Identifies the customer for recommendations (Einstein)|m
cquid|1y|Identifies the customer for recommendations (Einstein)|m
`],
  ['PrestaShop', 'n', '', "Keeps the visitor's cart and session", `
PrestaShop-*|20d
`],
  ['OpenCart', 'n', '', '', `
OCSESSID|s|Keeps the visitor's server-side session
`],
  ['Shopware', 'n', '', '', `
session-*|s|Keeps the visitor's server-side session
sw-context-token|s|Keeps the visitor's cart and session
sw-cache-hash|s|Varies the page cache by the visitor's context
sw-currency|s|Remembers the visitor's currency|p
sw-states|s|Remembers the visitor's session state
`],
  ['Shopify', 'n', '', '', `
_shopify_y|1y|Measures visits to the shop|a
_shopify_s|30min|Measures visits to the shop|a
_shopify_sa_t|30min|Attributes visits to marketing campaigns|m
_shopify_sa_p|30min|Attributes visits to marketing campaigns|m
_shopify_uniq|1d|Counts unique visitors|a
_shopify_visit|30min|Measures visits to the shop|a
_shopify_tm|30min|Measures visits to the shop|a
_shopify_tw|2w|Measures visits to the shop|a
_shopify_fs|1y|Measures visits to the shop|a
_shopify_evids|s|Measures visits to the shop|a
_orig_referrer|2w|Records where the visitor came from|m
_landing_page|2w|Records the first page of a visit|m
cart_sig|2w|Signature of the cart
cart_ts|2w|Keeps the visitor's cart
cart_ver|2w|Keeps the visitor's cart
cart_currency|2w|Keeps the cart's currency
checkout_token|1y|Keeps the checkout in progress
secure_customer_sig|1y|Keeps the customer signed in
_secure_session_id|1d|Keeps the visitor's session
_shopify_essential|1y|Keeps the visitor's session and cart
_tracking_consent|1y|Remembers the visitor's cookie choices
_cmp_a|1d|Remembers the visitor's cookie choices
keep_alive|30min|Keeps the session alive during checkout
localization|2w|Remembers the visitor's country and language|p
_shopify_country|s|Remembers the visitor's country|p
shopify_pay_redirect|1h|Sends the visitor to Shop Pay at checkout
storefront_digest|1y|Remembers that the visitor entered the shop's password
dynamic_checkout_shown_on_cart|30min|Remembers which checkout buttons were shown
discount_code|s|Applies a discount code at checkout
_pay_session|s|Keeps the payment session
`],
  ['BigCommerce', 'n', '', '', `
SHOP_SESSION_TOKEN|s|Keeps the visitor's cart and session
SHOP_TOKEN|s|Keeps the visitor's cart and session
SF-CSRF-TOKEN|s|Anti-forgery token that protects forms
fornax_anonymousId|1y|Measures visits to the shop|a
athena_short_visit_id|30min|Measures visits to the shop|a
STORE_VISITOR|1d|Counts store visitors|a
lastVisitedCategory|s|Remembers the last category viewed|p
`],
  ['Stripe', 'n', 'stripe.com stripe.network', 'Prevents payment fraud', `
__stripe_mid|1y
__stripe_sid|30min
@m|2y
`],
  ['PayPal', 'n', 'paypal.com', 'Secures PayPal payments', `
@x-pp-s|s
@nsid|s
@l7_az|30min
@enforce_policy|1y
`],
  ['Forter', 'n', '', 'Prevents payment fraud', `
forterToken|1y
`],
];
