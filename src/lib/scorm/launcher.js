// @ts-check
/*
 * The launcher of a SCORM 1.2 package made by the embed panel of "Social Media, Explained".
 * This file is copied as is into the package (launcher.js, beside index.html): an LMS
 * administrator can read everything it does here.
 *
 * index.html frames one of the site's embeddable tools (#smm-tool). This script:
 * 1. finds the SCORM 1.2 API the learning platform exposes (an object named `API` in a parent
 *    frame, else in the window that opened this one), and calls LMSInitialize("");
 * 2. listens to the tool's `smm:result` messages, accepted only from the framed tool itself (its
 *    window and its origin); for the SMART checker (score 0 to 5) and the self-audit (0 to 100),
 *    data-score-min and data-score-max on the frame give the range: each new score is recorded as
 *    cmi.core.score.raw, with cmi.core.score.min and cmi.core.score.max; any result sets
 *    cmi.core.lesson_status to "completed" (a KPI calculator reports completion only); then
 *    LMSCommit("");
 * 3. when the page goes away, records cmi.core.session_time and calls LMSFinish("").
 * Without an API (the package opened outside a platform) the tool works all the same, and a line
 * under it says that nothing is recorded. Nothing else is read, stored or sent.
 */
(function (global) {
  'use strict';

  /** How many frames up the search goes (ADL's own sample code stops after 7). */
  var MAX_DEPTH = 10;
  var METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'];

  /**
   * The SCORM 1.2 API object of a window, if it has a usable one. Reading a window of another
   * origin throws: that window simply has no API for us.
   * @param {any} win
   * @returns {any}
   */
  function apiOf(win) {
    try {
      var api = win && win.API;
      if (!api || (typeof api !== 'object' && typeof api !== 'function')) return null;
      var usable = METHODS.every(function (name) {
        return typeof api[name] === 'function';
      });
      return usable ? api : null;
    } catch {
      return null;
    }
  }

  /**
   * The API of a window or of one of its parent frames, nearest first.
   * @param {any} win
   * @returns {any}
   */
  function walk(win) {
    for (var depth = 0; win && depth <= MAX_DEPTH; depth++) {
      var api = apiOf(win);
      if (api) return api;
      var parent;
      try {
        parent = win.parent;
      } catch {
        return null;
      }
      if (!parent || parent === win) return null;
      win = parent;
    }
    return null;
  }

  /**
   * Finds the LMS's SCORM 1.2 API as platforms expose it: in this window or a parent frame, then
   * in the window that opened this one (or opened its top frame), and that window's parents.
   * @param {any} win
   * @returns {any}
   */
  function findApi(win) {
    var api = walk(win);
    if (api) return api;
    var openers = [];
    try {
      openers.push(win.opener);
    } catch {
      // no opener
    }
    try {
      openers.push(win.top && win.top.opener);
    } catch {
      // no top
    }
    for (var i = 0; i < openers.length; i++) {
      if (openers[i] && openers[i] !== win) api = walk(openers[i]);
      if (api) return api;
    }
    return null;
  }

  /**
   * A score as CMIDecimal text: at most two decimals, "." as separator ("4.5", "87", "33.33").
   * @param {number} value
   * @returns {string}
   */
  function scoreText(value) {
    return String(Math.round(value * 100) / 100);
  }

  /**
   * A duration as CMITimespan: HH:MM:SS (hours on 2 to 4 digits, at most 9999).
   * @param {number} ms
   * @returns {string}
   */
  function sessionTime(ms) {
    var total = Math.max(0, Math.min(9999 * 3600 + 3599, Math.floor((Number(ms) || 0) / 1000)));
    /** @param {number} n */
    var two = function (n) {
      return (n < 10 ? '0' : '') + n;
    };
    return two(Math.floor(total / 3600)) + ':' + two(Math.floor(total / 60) % 60) + ':' + two(total % 60);
  }

  /**
   * Opens a session with an API: LMSInitialize, then "incomplete" if the learner had not started.
   * Returns null when the platform refuses to initialise.
   * @param {any} api
   * @param {{ min: number, max: number } | null} range the score's range, null for completion only
   * @param {() => number} now
   */
  function connect(api, range, now) {
    if (String(api.LMSInitialize('')) !== 'true') return null;
    var started = now();
    var status = String(api.LMSGetValue('cmi.core.lesson_status'));
    var completed = status === 'completed' || status === 'passed';
    var lastScore = '';
    var finished = false;
    if (status === 'not attempted' || status === '') {
      api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
      api.LMSCommit('');
    }
    return {
      /**
       * Records a result from the tool. Returns "saved" when the platform committed something
       * new, "failed" when it refused, "" when there was nothing new to record.
       * @param {unknown} value
       * @returns {'saved' | 'failed' | ''}
       */
      record: function (value) {
        if (finished || typeof value !== 'number' || !isFinite(value)) return '';
        if (range && (value < range.min || value > range.max)) return '';
        var changed = false;
        var ok = true;
        if (range && scoreText(value) !== lastScore) {
          lastScore = scoreText(value);
          ok = String(api.LMSSetValue('cmi.core.score.raw', lastScore)) === 'true' && ok;
          ok = String(api.LMSSetValue('cmi.core.score.min', scoreText(range.min))) === 'true' && ok;
          ok = String(api.LMSSetValue('cmi.core.score.max', scoreText(range.max))) === 'true' && ok;
          changed = true;
        }
        if (!completed) {
          ok = String(api.LMSSetValue('cmi.core.lesson_status', 'completed')) === 'true' && ok;
          completed = true;
          changed = true;
        }
        if (!changed) return '';
        ok = String(api.LMSCommit('')) === 'true' && ok;
        return ok ? 'saved' : 'failed';
      },
      /** Ends the session once: the time spent, then LMSFinish. */
      finish: function () {
        if (finished) return;
        finished = true;
        api.LMSSetValue('cmi.core.session_time', sessionTime(now() - started));
        api.LMSFinish('');
      },
    };
  }

  /**
   * Wires index.html: the frame #smm-tool, the status line #smm-status (its texts in
   * data-none, data-connected, data-saved and data-failed).
   * This script is loaded in the page's <head>, before the frame exists: it listens to messages
   * at once and keeps those that arrive before the page is parsed, so a tool that loads quickly
   * (from the browser's cache, on a slow platform) never announces its first result to no one.
   * @param {any} win
   * @param {Document} doc
   */
  function start(win, doc) {
    /** @type {MessageEvent[] | null} messages received before the page was wired */
    var early = [];
    /** @type {(event: MessageEvent) => void} */
    var handle = function (event) {
      if (early) early.push(event);
    };
    win.addEventListener('message', function (/** @type {MessageEvent} */ event) {
      handle(event);
    });
    var wire = function () {
      var queued = early || [];
      early = null;
      var frame = /** @type {HTMLIFrameElement | null} */ (doc.getElementById('smm-tool'));
      var status = doc.getElementById('smm-status');
      if (!frame) return;
      var origin = new URL(frame.getAttribute('src') || '', win.location.href).origin;
      var tool = frame.getAttribute('data-tool');
      var min = Number(frame.getAttribute('data-score-min'));
      var max = Number(frame.getAttribute('data-score-max'));
      var range =
        frame.hasAttribute('data-score-max') && isFinite(min) && isFinite(max) ? { min: min, max: max } : null;
      /** @param {string} state */
      var say = function (state) {
        var text = status && status.getAttribute('data-' + state);
        if (status && text) status.textContent = text;
      };
      var api = findApi(win);
      var session;
      try {
        session = api ? connect(api, range, Date.now) : null;
      } catch {
        session = null;
      }
      say(session ? 'connected' : 'none');
      if (!session) return;
      var current = session;
      var toolFrame = frame;
      handle = function (event) {
        if (event.source !== toolFrame.contentWindow || event.origin !== origin) return;
        var data = event.data;
        if (!data || typeof data !== 'object' || data.type !== 'smm:result' || data.tool !== tool) return;
        var outcome = current.record(data.value);
        if (outcome) say(outcome);
      };
      queued.forEach(handle);
      var end = function () {
        current.finish();
      };
      win.addEventListener('pagehide', end);
      win.addEventListener('beforeunload', end);
    };
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', wire);
    else wire();
  }

  global.smmScorm = { findApi: findApi, connect: connect, scoreText: scoreText, sessionTime: sessionTime };
  if (global.document) start(global, global.document);
})(/** @type {any} */ (globalThis));
