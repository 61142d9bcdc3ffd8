// SPDX-License-Identifier: MIT
// window.gloss: the page's JavaScript API over the wasm app (gloss-app.js), and the off-screen
// DOM mirror of the article for screen readers (built with textContent only, never innerHTML).
//
// Offsets: every `start`/`end` in getState() and annotations() is a UTF-8 *byte* offset into
// getState().text, as in the native JSON format. JavaScript strings index UTF-16 code units, so
// convert with gloss.jsIndex(byteOffset) (and back with gloss.byteOffset(jsIndex)); both use the
// app's own offset map for the current text. gloss.textOf(annotation) slices the text for you.
(function () {
  'use strict';

  const canvas = document.getElementById('canvas');
  const status = document.getElementById('gloss-status');
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => { resolveReady = resolve; rejectReady = reject; });
  let isReady = false;

  function showStatus(text, isError) {
    if (!status) return;
    status.textContent = text;
    status.className = text ? (isError ? 'error' : '') : 'hidden';
  }

  // ---- the screen-reader mirror --------------------------------------------------------------
  const BLOCK_TAGS = { kicker: 'p', headline: 'h1', standfirst: 'p', byline: 'p', heading: 'h2', paragraph: 'p' };

  function renderMirror(mirror) {
    const article = document.getElementById('gloss-mirror-article');
    const list = document.getElementById('gloss-mirror-annotations');
    if (!article || !list) return;
    const blocks = document.createDocumentFragment();
    for (const block of mirror.blocks || []) {
      let el;
      if (block.kind === 'image') {
        el = document.createElement('figure');
        const caption = document.createElement('figcaption');
        caption.textContent = 'Image: ' + block.text;
        el.appendChild(caption);
      } else {
        el = document.createElement(BLOCK_TAGS[block.kind] || 'p');
        el.textContent = block.text;
      }
      blocks.appendChild(el);
    }
    article.replaceChildren(blocks);

    const heading = document.createElement('h2');
    const shown = (mirror.annotations || []).length;
    heading.textContent = 'Annotations (' + mirror.annotationsTotal + ')';
    const ul = document.createElement('ul');
    for (const a of mirror.annotations || []) {
      const li = document.createElement('li');
      let line = a.kind + (a.subtype ? ' (' + a.subtype + ')' : '') + ': ' + a.text;
      if (a.entity && a.entity !== a.text) line += ' — ' + a.entity;
      if (a.speaker) line += ' — said by ' + a.speaker;
      if (a.note) line += ' — note: ' + a.note;
      li.textContent = line;
      ul.appendChild(li);
    }
    const parts = [heading, ul];
    if (shown < mirror.annotationsTotal) {
      const more = document.createElement('p');
      more.textContent = (mirror.annotationsTotal - shown) + ' more annotations are not listed.';
      parts.push(more);
    }
    list.replaceChildren(...parts);
  }

  // ---- Emscripten module configuration (read by gloss-app.js) -------------------------------
  const Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    locateFile: (path) => path,
    glossReady: () => {
      isReady = true;
      api.version = Module.UTF8ToString(Module._gloss_version());
      showStatus('', false);
      resolveReady(api);
    },
    glossMirror: (json) => renderMirror(JSON.parse(json)),
    onAbort: (what) => {
      showStatus('Gloss could not start: ' + what, true);
      rejectReady(new Error('gloss aborted: ' + what));
    },
  };
  window.Module = Module;
  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showStatus('The graphics context was lost. Reload the page to continue.', true);
  });

  // ---- helpers -----------------------------------------------------------------------------
  function requireReady() {
    if (!isReady) throw new Error('gloss is not ready yet: await gloss.ready');
  }
  function callString(name) {
    return Module.UTF8ToString(Module['_' + name]());
  }
  function withUtf8(text, fn) {
    const n = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(n);
    if (!ptr) throw new Error('out of memory');
    try {
      Module.stringToUTF8(text, ptr, n);
      return fn(ptr, n - 1);
    } finally {
      Module._free(ptr);
    }
  }
  function wake() { if (isReady) Module._gloss_wake(); }

  /** @namespace gloss */
  const api = {
    /** Resolves (with gloss) once the app has drawn the bundled sample; rejects if it cannot start. */
    ready,
    /** Version of the app, e.g. "0.1.0" (null until ready). */
    version: null,

    /**
     * Replaces the article. Bad input (not a string, empty, binary, too large) leaves the current one in place.
     * @param {string} text the article, one block per line (see README)
     * @param {string=} title defaults to the headline
     * @returns {{ok: true} | {ok: false, code: string, message: string}}
     */
    loadText(text, title) {
      requireReady();
      if (typeof text !== 'string') {
        const got = text === null ? 'null' : typeof text;
        return { ok: false, code: 'empty_text', message: `The article must be given as a string of text, not ${got}.` };
      }
      const code = withUtf8(text, (ptr, len) =>
        withUtf8(title == null ? '' : String(title), (tptr) => Module._gloss_load_text(ptr, len, tptr)));
      wake();
      if (code === 0) return { ok: true };
      const err = JSON.parse(callString('gloss_last_error'));
      return { ok: false, code: err.code, message: err.message };
    },

    /** Reopens the bundled sample article. */
    loadSample() { requireReady(); Module._gloss_load_sample(); wake(); },

    /** The native document JSON, parsed: {format, version, title, text, annotations, entities}. */
    getState() { requireReady(); return JSON.parse(callString('gloss_state_json')); },

    /** The annotations of the current document (byte offsets; see gloss.jsIndex). */
    annotations() { return this.getState().annotations; },

    /** {frames, frameMsLast, frameMsAvg, layoutMs, annotateMs, layouts}. */
    stats() { requireReady(); return JSON.parse(callString('gloss_stats_json')); },

    /** View state: selection, focus, hidden kinds, theme, text size, tab, search, scroll (CSS px). */
    view() { requireReady(); return JSON.parse(callString('gloss_view_json')); },

    /** Scrolls the article so that this UTF-8 byte offset is in view. */
    scrollTo(byteOffset) { requireReady(); Module._gloss_scroll_to(byteOffset >>> 0); },

    /** Selects an annotation by id (0 clears), scrolls to it and shows it in the side panel. */
    select(id) { requireReady(); return Module._gloss_select(id >>> 0) === 1; },

    /** CSS-px rectangle {x, y, w, h} of the annotation's first visible line piece, or null. */
    rectOf(id) { requireReady(); return JSON.parse(Module.UTF8ToString(Module._gloss_annotation_rect(id >>> 0))); },

    /** Converts a UTF-8 byte offset into getState().text to a JavaScript string index. */
    jsIndex(byteOffset) { requireReady(); return Module._gloss_utf16_from_byte(byteOffset >>> 0); },

    /** Converts a JavaScript string index into getState().text to a UTF-8 byte offset. */
    byteOffset(jsIndex) { requireReady(); return Module._gloss_byte_from_utf16(jsIndex >>> 0); },

    /** The text an annotation covers, sliced from getState().text (or `text`, the same string). */
    textOf(annotation, text) {
      if (text === undefined) text = this.getState().text;
      return text.slice(this.jsIndex(annotation.start), this.jsIndex(annotation.end));
    },

    /** Renders frames for the next second (render-on-demand otherwise sleeps when idle). */
    wake,
  };
  window.gloss = api;

  // ---- load the module -------------------------------------------------------------------------
  if (typeof WebAssembly !== 'object') {
    showStatus('This browser does not support WebAssembly.', true);
    rejectReady(new Error('no WebAssembly'));
    return;
  }
  const script = document.createElement('script');
  script.src = 'gloss-app.js';
  script.async = true;
  script.onerror = () => {
    showStatus('Could not load gloss-app.js.', true);
    rejectReady(new Error('could not load gloss-app.js'));
  };
  document.body.appendChild(script);
})();
