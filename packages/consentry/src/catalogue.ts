// `consentry/catalogue`: the built-in cookie catalogue, a separate entry so that apps that do
// not classify cookies do not bundle it: `classifyCookie(name, domain, { catalogue })`.
export * from '@consentry/core/catalogue';
