// SPDX-License-Identifier: MIT
// window.gloss, editing part: annotations, undo/redo, selection, practice, share links, exports
// and imports (over the wasm export gloss_edit), plus the page's file glue: paste anywhere opens
// the article preview, files can be dropped on the page or picked, and a #g1. link pasted into
// the address bar opens. Offsets are UTF-8 byte offsets into getState().text, as in gloss.js.
(function () {
  'use strict';

  const api = window.gloss;
  const Module = window.Module;
  if (!api || !Module) return;

  function call(op, arg) {
    if (!Module._gloss_edit) throw new Error('gloss is not ready yet: await gloss.ready');
    const a = arg === undefined ? '' : JSON.stringify(arg);
    const opBytes = Module.lengthBytesUTF8(op) + 1;
    const argBytes = Module.lengthBytesUTF8(a) + 1;
    const p = Module._malloc(opBytes);
    const q = Module._malloc(argBytes);
    if (!p || !q) throw new Error('out of memory');
    try {
      Module.stringToUTF8(op, p, opBytes);
      Module.stringToUTF8(a, q, argBytes);
      return JSON.parse(Module.UTF8ToString(Module._gloss_edit(p, q)));
    } finally {
      Module._free(p);
      Module._free(q);
    }
  }

  function openBytes(name, bytes) {
    const n = Module.lengthBytesUTF8(name) + 1;
    const np = Module._malloc(n);
    const dp = Module._malloc(Math.max(1, bytes.length));
    try {
      Module.stringToUTF8(name, np, n);
      Module.HEAPU8.set(bytes, dp);
      Module._gloss_open_file(np, dp, bytes.length);
    } finally {
      Module._free(np);
      Module._free(dp);
    }
  }

  Object.assign(api, {
    /**
     * Adds a user annotation. @param {{start:number,end:number,kind:string,subtype?:string,note?:string,color?:string}} a
     * byte offsets; kind PERSON, ORG, PLACE, QUOTE, FIGURE or HIGHLIGHT.
     * @returns {number} the new id; throws with .code on bad input (the document is unchanged)
     */
    addAnnotation(a) {
      const r = call('add', a);
      if (!r.ok) throw Object.assign(new Error(r.message), { code: r.code });
      return r.id;
    },
    /** Changes fields of an annotation: {kind?, subtype?, note?, author?, color?, start?, end?}. */
    updateAnnotation(id, patch) {
      const r = call('update', Object.assign({}, patch, { id }));
      if (!r.ok) throw Object.assign(new Error(r.message), { code: r.code });
      return true;
    },
    /** Removes an annotation (an automatic one stays away on re-annotation). */
    removeAnnotation(id) {
      const r = call('remove', { id });
      if (!r.ok) throw Object.assign(new Error(r.message), { code: r.code });
      return true;
    },
    /** Makes an automatic annotation the user's. */
    acceptAnnotation(id) {
      const r = call('accept', { id });
      if (!r.ok) throw Object.assign(new Error(r.message), { code: r.code });
      return true;
    },
    /** Undoes / redoes the last edit; false when there is nothing to undo / redo. */
    undo() { return call('undo').ok === true; },
    redo() { return call('redo').ok === true; },
    /** The text selection: {start, end, text} (byte offsets; start === end when none). */
    selection() { return call('selection'); },
    /** Sets the text selection (byte offsets), as a drag would. */
    setSelection(start, end) { return call('setSelection', { start, end }); },
    /** Editing state: undo/redo, practice report, storage, recent documents, dialogs, popup. */
    editState() { return call('state'); },
    /** Turns practice mode on or off (toggles without an argument). */
    practice(on) { return call('practice', on); },
    /** Runs practice mode's check; returns editState().report. */
    checkPractice() { return call('check').report; },
    /** Name written into new annotations. */
    setAuthor(name) { return call('author', { name: String(name) }); },
    /** The share link of the current view (whole URL). */
    shareLink() { return call('shareLink').url; },
    /** Opens a share link (URL, "#g1.…" or "g1.…"): {ok:true,exact,fromSample} or {ok:false,code,message}. */
    openLink(url) { return call('openLink', { url: String(url) }); },
    /** The document in json|w3c|brat|displacy|csv|html: {ok, fileName, mime, data}; download:true saves it. */
    exportAs(format, options) {
      return call('exportAs', { format: String(format), download: !!(options && options.download) });
    },
    /** Imports annotations: {ok:true, report:{placed, reanchored, unplaced}} or {ok:false, code, message}. */
    importFrom(format, text) { return call('importFrom', { format: String(format), text: String(text) }); },
    /** Shows the Open dialog's preview of an article (as a paste would); acceptPreview() opens it. */
    previewText(text, name) { return call('preview', { text: String(text), name: name || '' }); },
    acceptPreview() { return call('acceptPreview'); },
    /** Opens a file's bytes (Uint8Array or string) as a drop would: preview, or import. */
    openFile(name, data) {
      const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
      openBytes(String(name), bytes);
      return call('state');
    },
    /** Shows or hides the Open dialog. */
    openDialog(on) { return call('openDialog', on !== false); },
    /** Closes the message box or banner. */
    dismissMessage() { return call('dismiss'); },
  });

  // ---- page glue ---------------------------------------------------------------------------
  const editable = (t) => t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

  function readFile(file) {
    file.arrayBuffer().then((buf) => {
      openBytes(file.name, new Uint8Array(buf));
      api.wake();
    }).catch(() => {});
  }

  Module.glossPickFile = () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.txt,.md,.markdown,.html,.htm,.json,.jsonld,.ann,.csv,text/plain,text/html';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      if (input.files && input.files[0]) readFile(input.files[0]);
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  };

  // The browser's own click count (double/triple click timing on event time stamps).
  window.addEventListener('mousedown', (e) => { Module.glossClickCount = e.detail | 0; }, true);

  window.addEventListener('dragover', (e) => { e.preventDefault(); });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const dt = e.dataTransfer;
    if (!dt) return;
    if (dt.files && dt.files.length > 0) readFile(dt.files[0]);
    else {
      const text = dt.getData('text/plain');
      if (text) { api.previewText(text, 'dropped text'); api.wake(); }
    }
  });

  // Paste anywhere (not into an ImGui field or a page field): preview the article.
  document.addEventListener('paste', (e) => {
    if (editable(e.target) || Module.glossTextInput || !Module._gloss_edit) return;
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!text) return;
    if (/^\s*(https?:\/\/\S*)?#?g1\.[A-Za-z0-9_-]+\s*$/.test(text)) api.openLink(text.trim());
    else api.previewText(text, 'pasted text');
    api.wake();
  });

  window.addEventListener('hashchange', () => {
    if (!Module._gloss_edit) return;
    let h = location.hash;
    try { h = decodeURIComponent(h); } catch (e) { /* keep it as is */ }
    if (!h.startsWith('#g1.')) return;
    const r = api.openLink(h);
    if (r.ok) history.replaceState(null, '', location.pathname + location.search);
    api.wake();
  });

  // Keep the reading position with the autosave when the page goes away.
  const save = () => { if (Module._gloss_edit) call('autosave'); };
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') save(); });
})();
