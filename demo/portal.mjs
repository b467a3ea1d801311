// The demo's customer portal, as an ASP.NET MVC site would run it: the login form carries an
// anti-forgery token paired with a `__RequestVerificationToken` cookie; a good login sets the
// `ASP.NET_SessionId` session cookie and an `HLPortal.Auth` ticket, all HttpOnly and all
// strictly necessary (STANDARDS.md R-11: authentication and its security, CSRF tokens).
// Any account number and password work: this is a demo.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sendFile, sendText } from './send.mjs';

const PAGES = fileURLToPath(new URL('./portal/', import.meta.url));
const SECRET = randomBytes(32);
const sessions = new Map();

function readCookies(request) {
  const cookies = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) cookies[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return cookies;
}

/** The form token is bound to the cookie token, so a forged form without the cookie fails. */
function formTokenFor(cookieToken) {
  return createHmac('sha256', SECRET).update(cookieToken).digest('base64url');
}

function sameToken(a, b) {
  const left = Buffer.from(a ?? '');
  const right = Buffer.from(b ?? '');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

async function readForm(request) {
  let body = '';
  for await (const chunk of request) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function redirect(response, location, cookies = []) {
  response.writeHead(303, { Location: location, 'Set-Cookie': cookies, 'Cache-Control': 'no-store' });
  response.end();
}

const expired = (name) => `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;

/** Handles /portal/… requests; returns false for paths it does not own. */
export async function handlePortal(request, response, url) {
  const cookies = readCookies(request);
  const session = sessions.get(cookies['ASP.NET_SessionId']);

  if (url.pathname === '/portal/' || url.pathname === '/portal/index.html') {
    if (session && cookies['HLPortal.Auth'] === session.ticket) return redirect(response, '/portal/account.html'), true;
    const cookieToken = cookies.__RequestVerificationToken ?? randomBytes(24).toString('base64url');
    const set = cookies.__RequestVerificationToken ? [] : [`__RequestVerificationToken=${cookieToken}; Path=/; HttpOnly; SameSite=Lax`];
    await sendFile(request, response, `${PAGES}index.html`, {
      cookies: set,
      rewrite: (html) => html.replace('{{requestVerificationToken}}', formTokenFor(cookieToken)).replace('{{error}}', url.searchParams.has('failed') ? '<p class="error" role="alert">Please enter your account number and password.</p>' : ''),
    });
    return true;
  }

  if (url.pathname === '/portal/login' && request.method === 'POST') {
    const form = await readForm(request);
    const cookieToken = cookies.__RequestVerificationToken;
    if (!cookieToken || !sameToken(form.get('__RequestVerificationToken'), formTokenFor(cookieToken))) {
      sendText(response, 400, 'The anti-forgery token is missing or does not match: reload the login page and try again.');
      return true;
    }
    const account = (form.get('account') ?? '').trim();
    if (!account || !form.get('password')) return redirect(response, '/portal/?failed'), true;
    const id = randomBytes(18).toString('base64url').slice(0, 24).toLowerCase();
    const ticket = randomBytes(32).toString('base64url');
    sessions.set(id, { account, ticket });
    redirect(response, '/portal/account.html', [
      `ASP.NET_SessionId=${id}; Path=/; HttpOnly; SameSite=Lax`,
      `HLPortal.Auth=${ticket}; Path=/; HttpOnly; SameSite=Lax`,
    ]);
    return true;
  }

  if (url.pathname === '/portal/account.html') {
    if (!session || cookies['HLPortal.Auth'] !== session.ticket) return redirect(response, '/portal/'), true;
    await sendFile(request, response, `${PAGES}account.html`, { rewrite: (html) => html.replaceAll('{{account}}', escapeHtml(session.account)) });
    return true;
  }

  if (url.pathname === '/portal/logout' && request.method === 'POST') {
    sessions.delete(cookies['ASP.NET_SessionId']);
    redirect(response, '/', [expired('ASP.NET_SessionId'), expired('HLPortal.Auth')]);
    return true;
  }
  return false;
}
