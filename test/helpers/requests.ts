/** A request the test server saw under a third-party host name (see test/server/requests.mjs). */
export interface RecordedRequest {
  host: string;
  method: string;
  /** The Sec-Fetch-Dest of the request: `script`, `iframe`, `image`, `empty` (fetch/beacon), ... */
  dest: string;
  url: string;
  time: number;
}

/** Every third-party request the test server has seen since the last `clearRequests()`. */
export async function recordedRequests(): Promise<RecordedRequest[]> {
  const response = await fetch('/__requests', { cache: 'no-store' });
  return (await response.json()) as RecordedRequest[];
}

/** Forgets the recorded requests. */
export async function clearRequests(): Promise<void> {
  await fetch('/__requests', { method: 'DELETE' });
}

/** Deletes every cookie this page can see, on every path and domain level it may sit on. */
export function clearCookies(): void {
  const labels = location.hostname.split('.');
  const domains = [''];
  for (let i = 0; i < labels.length - 1; i++) domains.push(`; domain=.${labels.slice(i).join('.')}`);
  const paths = ['/', location.pathname.replace(/\/[^/]*$/, '/') || '/'];
  for (const entry of document.cookie.split(';')) {
    const name = entry.split('=')[0]?.trim();
    if (!name) continue;
    for (const domain of domains) {
      for (const path of paths) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain}`;
    }
  }
}
