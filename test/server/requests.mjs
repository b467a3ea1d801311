// Records every request that reached the test server under a host name other than
// localhost (i.e. a "third-party" host routed here by --host-resolver-rules), so tests can
// assert which tracker hosts a page contacted, over a real network connection.
//   GET    /__requests  → JSON [{ host, method, url, time }]
//   DELETE /__requests  → clears the log
const log = [];

export const middleware = [
  async function recordRequests(ctx, next) {
    // ctx.hostname reads :authority on HTTP/2 and Host on HTTP/1.1.
    const host = ctx.hostname ?? '';
    if (ctx.path === '/__requests' && (host === 'localhost' || host === '127.0.0.1')) {
      if (ctx.method === 'DELETE') log.length = 0;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = ctx.method === 'DELETE' ? [] : log;
      return;
    }
    // Only requests a page made (they carry Sec-Fetch-Dest); Chromium's own background
    // requests (component updater, time sync) are not the page's doing.
    if (host && host !== 'localhost' && host !== '127.0.0.1' && ctx.request.header['sec-fetch-dest']) {
      log.push({ host, method: ctx.method, url: ctx.url, dest: ctx.request.header['sec-fetch-dest'], time: Date.now() });
    }
    return next();
  },
];
