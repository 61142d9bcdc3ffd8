// SPDX-License-Identifier: MIT
// Span helpers shared by the peer adapters: UTF-16 -> UTF-8 offsets and the gold-schema span fix-ups.
//
// The same fix-ups are applied to every peer, so each gets the same fair shot: they implement
// the span conventions of ../shared/gold/GUIDELINES.md (trimming, titles, hedges, flat names),
// never detection. `--raw` in peers.mjs switches them off to show what they change.

/** Byte offset (UTF-8) of every UTF-16 index of `str`, plus one entry for str.length. */
export function utf8OffsetTable(str) {
  const n = str.length;
  const table = new Uint32Array(n + 1);
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    table[i] = bytes;
    const c = str.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        table[++i] = table[i - 1]; // an index inside a surrogate pair rounds down
        continue;
      }
      bytes += 3; // lone surrogate: TextEncoder writes U+FFFD (3 bytes)
    } else bytes += 3;
  }
  table[n] = bytes;
  return table;
}

const k_trail_punct = new Set([',', ';', ':', '!', '?', ')', ']', '}', '"', "'", '“', '”', '‘', '’',
  '…', '-', '–', '—', '/', '*', '(', '[', '{']);
const k_lead_punct = new Set(['(', '[', '{', '"', "'", '“', '”', '‘', '’', '-', '–', '—', ',', ';',
  ':', '.', '/', '*', '…']);
const k_open_quotes = new Set(['"', '“', '‘', "'", '«', '„']);
const k_close_quotes = new Set(['"', '”', '’', "'", '»', '“']);

function isSpace(c) { return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0'; }

const k_titles = new Set(('president vice prime minister mr mrs ms miss dr prof professor sen senator gov ' +
  'governor rep representative gen general lt col capt captain sgt rev sir dame lord lady king queen ' +
  'prince princess pope chancellor secretary judge justice coach ceo chairman chairwoman chair mayor ' +
  'ambassador officer detective sheriff st saint father pastor rabbi imam foreign defense defence ' +
  'finance interior state deputy former late chief executive director spokesman spokeswoman ' +
  'spokesperson leader speaker premier emperor empress commissioner attorney congressman ' +
  'congresswoman councilman councilwoman assemblyman assemblywoman sheikh').split(/\s+/));
const k_fig_lead = new Set(('on in at by since from to for over about around nearly almost approximately ' +
  'roughly some just only until till between after before during within of the than more less ' +
  'fewer up under above below beyond past last next this that these those each every per ' +
  'early late mid').split(/\s+/));
const k_number_word = /(^|[^a-z])(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|third|thirds|quarter|quarters)($|[^a-z])/i;
const k_ordinal = /^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|hundredth|thousandth|millionth)$/i;

function wordAt(str, start, end) {
  let e = start;
  while (e < end && !isSpace(str[e]) && str[e] !== '-') e++;
  return str.slice(start, e);
}

function isAbbreviationBefore(str, start, dot) {
  // "U.S." "Inc." "Jr." "Calif." "a.m.": the word before the final dot is short or dotted.
  let b = dot;
  while (b > start && !isSpace(str[b - 1])) b--;
  const w = str.slice(b, dot);
  if (w.includes('.')) return true;
  return /^(Inc|Corp|Co|Ltd|Jr|Sr|St|Ave|Blvd|Rd|Mt|Ft|Gov|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Ariz|Ark|Del|[A-Z])$/.test(w);
}

/**
 * Applies the guideline span conventions to one candidate [start, end) (UTF-16 indexes).
 * Returns [start, end] or null when nothing is left.
 */
export function fixSpan(str, start, end, type) {
  if (type === 'QUOTE') return fixQuote(str, start, end);
  for (let guard = 0; guard < 16; guard++) {
    const before = [start, end];
    while (start < end && (isSpace(str[start]) || k_lead_punct.has(str[start]))) start++;
    while (end > start && (isSpace(str[end - 1]) || k_trail_punct.has(str[end - 1]))) end--;
    if (end > start && str[end - 1] === '.' && !isAbbreviationBefore(str, start, end - 1)) end--;
    // possessive 's / ’s
    if (end - start > 2 && (str[end - 1] === 's' || str[end - 1] === 'S') && (str[end - 2] === "'" || str[end - 2] === '’')) end -= 2;
    // leading determiner
    const w = wordAt(str, start, end);
    const lw = w.toLowerCase();
    if (lw === 'the' && end - start > 4) start += 4;
    else if (type === 'PERSON' && k_titles.has(lw.replace(/\.$/, '')) && end - start > w.length + 1) start += w.length;
    else if (type === 'FIGURE' && k_fig_lead.has(lw) && end - start > w.length + 1) start += w.length;
    if (before[0] === start && before[1] === end) break;
  }
  if (end <= start) return null;
  if (type === 'FIGURE') {
    const s = str.slice(start, end);
    if (!/[0-9]/.test(s) && !k_number_word.test(s)) return null; // not a numeral at all
    if (k_ordinal.test(s)) return null;                           // ordinals are never figures
  }
  return [start, end];
}

function fixQuote(str, start, end) {
  while (start < end && isSpace(str[start])) start++;
  while (end > start && isSpace(str[end - 1])) end--;
  // include the opening mark just before the span
  if (start > 0 && !k_open_quotes.has(str[start]) && k_open_quotes.has(str[start - 1])) start--;
  // include trailing punctuation up to a closing mark right after the span
  if (!(end - start > 1 && k_close_quotes.has(str[end - 1]))) {
    let e = end;
    while (e < str.length && e - end < 3 && /[.,!?;:…]/.test(str[e])) e++;
    if (e < str.length && k_close_quotes.has(str[e])) end = e + 1;
  }
  return end > start ? [start, end] : null;
}

/**
 * Flat names (GUIDELINES §1.2, §1.3): among PERSON/ORG/PLACE keep the longest of overlapping
 * mentions; drop FIGUREs that overlap a name; among FIGUREs keep the longest of overlapping ones.
 * Exact duplicates are removed. Input and output: [{type, start, end, ...}] (any unit).
 */
export function flatten(mentions) {
  const names = mentions.filter(m => m.type === 'PERSON' || m.type === 'ORG' || m.type === 'PLACE');
  const figures = mentions.filter(m => m.type === 'FIGURE');
  const others = mentions.filter(m => m.type !== 'FIGURE' && !names.includes(m));
  const keepLongest = (list) => {
    const sorted = [...list].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
    const kept = [];
    for (const m of sorted) {
      if (!kept.some(k => k.start < m.end && m.start < k.end)) kept.push(m);
    }
    return kept;
  };
  const flatNames = keepLongest(names);
  const flatFigures = keepLongest(figures).filter(f => !flatNames.some(n => n.start < f.end && f.start < n.end));
  const seen = new Set();
  const quotes = others.filter(m => {
    const key = m.type + ':' + m.start + ':' + m.end;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...flatNames, ...flatFigures, ...quotes];
}

/** Sorts by (start, end, type) like the gold files. */
export function sortMentions(mentions) {
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/**
 * Turns UTF-16 candidates [{type, subtype, start, end}] into gold-schema mentions with UTF-8
 * byte offsets and the decoded text. `fixups` applies fixSpan + flatten.
 */
export function toGoldMentions(str, candidates, fixups) {
  let list = [];
  for (const c of candidates) {
    let s = c.start, e = c.end;
    if (fixups) {
      const r = fixSpan(str, s, e, c.type);
      if (!r) continue;
      [s, e] = r;
    }
    if (e <= s) continue;
    list.push({ ...c, start: s, end: e });
  }
  if (fixups) list = flatten(list);
  else {
    const seen = new Set();
    list = list.filter(m => { const k = m.type + ':' + m.start + ':' + m.end; if (seen.has(k)) return false; seen.add(k); return true; });
  }
  const table = utf8OffsetTable(str);
  const out = list.map(m => {
    const o = { type: m.type, subtype: m.subtype ?? null, start: table[m.start], end: table[m.end], text: str.slice(m.start, m.end) };
    if ('speaker' in m) o.speaker = m.speaker;
    return o;
  });
  return sortMentions(out);
}
