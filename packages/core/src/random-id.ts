/**
 * A random pseudonymous consent id: 128 bits from the platform's CSPRNG
 * (`crypto.getRandomValues`) as 22 base64url characters. Never derived from anything about
 * the visitor (STANDARDS.md R-13: "never a tracker id").
 */
export function randomConsentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
