/*!
 * embed.js: host-page script of "Médias sociaux, mode d’emploi" (MIT licence).
 * Add it once after the site's frames:  <script src="https://{site}/embed.js" defer></script>
 *
 * It resizes the site's frames to their content and announces their results:
 * - it acts only on messages whose origin is the site's (the origin this script is served from),
 *   whose source is one of the site's embed frames in this page, and whose data has the right
 *   shape: { type: "smm:resize", height } with a finite height from 100 to 5,000 px, or
 *   { type: "smm:result", tool, value, inputs };
 * - a result is dispatched on its <iframe> as a bubbling "smm:result" CustomEvent whose detail is
 *   { tool, value, inputs }, so that the host page can listen to it with addEventListener.
 * The same rules, unit-tested, are in src/lib/embed/host.ts of the site's source code.
 */
(function (window, document) {
  'use strict';
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 5000;
  var EMBED_PATH = /^\/(fr|en)\/embed\/[a-z][a-z0-9-]*\/$/;
  var NAME = /^[a-z][a-z0-9-]{0,39}$/;

  function originOf(src) {
    if (!src) return null;
    try {
      var url = new window.URL(src);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
    } catch {
      return null;
    }
  }

  function scriptSrc() {
    var current = document.currentScript;
    if (current && current.src) return current.src;
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/embed\.js(?:[?#].*)?$/.test(scripts[i].src || '')) return scripts[i].src;
    }
    return null;
  }

  var site = originOf(scriptSrc());
  if (!site || window.__smmEmbedHost === site) return;
  window.__smmEmbedHost = site;

  function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function readResize(data) {
    if (!isRecord(data) || data.type !== 'smm:resize') return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return null;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
    return Math.ceil(height);
  }

  function readResult(data) {
    if (!isRecord(data) || data.type !== 'smm:result') return null;
    var tool = data.tool;
    var value = data.value;
    var inputs = data.inputs;
    if (typeof tool !== 'string' || !NAME.test(tool)) return null;
    if (value !== null && (typeof value !== 'number' || !isFinite(value))) return null;
    if (!isRecord(inputs)) return null;
    var names = Object.keys(inputs);
    if (names.length > 50) return null;
    var clean = {};
    for (var i = 0; i < names.length; i++) {
      var text = inputs[names[i]];
      if (!NAME.test(names[i]) || typeof text !== 'string' || text.length > 1000) return null;
      clean[names[i]] = text;
    }
    return { tool: tool, value: value, inputs: clean };
  }

  function isEmbedSrc(src) {
    try {
      var url = new window.URL(src);
      return url.origin === site && EMBED_PATH.test(url.pathname);
    } catch {
      return false;
    }
  }

  function findFrame(source) {
    if (source === null || source === undefined) return null;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source && isEmbedSrc(frames[i].src)) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== site) return;
    var height = readResize(event.data);
    var detail = height === null ? readResult(event.data) : null;
    if (height === null && detail === null) return;
    var frame = findFrame(event.source);
    if (!frame) return;
    if (height !== null) {
      frame.style.height = height + 'px';
    } else {
      frame.dispatchEvent(new window.CustomEvent('smm:result', { bubbles: true, detail: detail }));
    }
  });
})(window, document);
