/*
 * A fake gtag.js for the Consentry demo (offline). Like Google's: it replays and then
 * intercepts window.dataLayer; `consent default|update` set the Consent Mode state;
 * `config` and `event` send a GA4-style hit (v=2, tid, cid, en, gcs) to ./g/collect.
 * Cookies _ga and _ga_<ID> are written, at the highest domain that takes them, only while
 * analytics_storage is granted; while denied (advanced mode) hits carry no client id.
 */
(function () {
  'use strict';
  var base = new URL('.', document.currentScript ? document.currentScript.src : location.href).href;
  var layer = (window.dataLayer = window.dataLayer || []);
  var consent = {};
  var measurementIds = [];
  var TWO_YEARS = 63072000;

  function readCookie(name) {
    var match = document.cookie.match(new RegExp('(?:^|; )' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '=([^;]*)'));
    return match ? match[1] : null;
  }

  // GA's cookie_domain "auto": the highest domain the browser lets the page write.
  function writeCookie(name, value) {
    var host = location.hostname;
    var labels = host.split('.');
    var single = labels.length < 2 || /^[\d.]+$/.test(host) || host.indexOf(':') >= 0;
    for (var i = single ? labels.length : labels.length - 2; i >= 0; i--) {
      var domain = i < labels.length ? '; domain=.' + labels.slice(i).join('.') : '';
      document.cookie = name + '=' + value + '; path=/; max-age=' + TWO_YEARS + domain + '; SameSite=Lax';
      if (readCookie(name) === value) return;
    }
  }

  function granted() {
    return consent.analytics_storage === 'granted';
  }

  function clientId() {
    var ga = readCookie('_ga');
    if (ga) return ga.split('.').slice(2).join('.');
    var id = Math.floor(Math.random() * 2147483647) + '.' + Math.floor(Date.now() / 1000);
    writeCookie('_ga', 'GA1.1.' + id);
    return id;
  }

  function send(id, name) {
    var params = { v: '2', tid: id, en: name, gcs: 'G1' + (consent.ad_storage === 'granted' ? '1' : '0') + (granted() ? '1' : '0'), dl: location.origin + location.pathname, dt: document.title };
    if (granted()) {
      params.cid = clientId();
      var now = Math.floor(Date.now() / 1000);
      writeCookie('_ga_' + id.replace(/^G-/, ''), 'GS1.1.' + now + '.1.0.' + now + '.0.0.0');
    }
    var query = Object.keys(params).map(function (key) { return key + '=' + encodeURIComponent(params[key]); }).join('&');
    var url = base + 'g/collect?' + query;
    if (!(navigator.sendBeacon && navigator.sendBeacon(url))) fetch(url, { method: 'POST', keepalive: true, mode: 'no-cors' });
  }

  function process(entry) {
    var args = Array.prototype.slice.call(entry);
    var command = args[0];
    if (command === 'consent' && args[2] && typeof args[2] === 'object') {
      for (var key in args[2]) if (/_storage$|^ad_/.test(key)) consent[key] = args[2][key];
      // A grant after config: GA sends the page view that was waiting for it.
      if (args[1] === 'update' && granted()) measurementIds.forEach(function (id) { send(id, 'user_engagement'); });
    } else if (command === 'config' && typeof args[1] === 'string') {
      if (measurementIds.indexOf(args[1]) < 0) measurementIds.push(args[1]);
      send(args[1], 'page_view');
    } else if (command === 'event' && typeof args[1] === 'string') {
      measurementIds.forEach(function (id) { send(id, args[1]); });
    }
  }

  for (var i = 0; i < layer.length; i++) process(layer[i]);
  var push = layer.push;
  layer.push = function () {
    for (var j = 0; j < arguments.length; j++) process(arguments[j]);
    return push.apply(layer, arguments);
  };
})();
