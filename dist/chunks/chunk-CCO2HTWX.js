import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  eastAsianWidth
} from "./chunk-VRRIJLYY.js";

// src/formatters/text/width.ts
var SIMPLE = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u02ff\u0370-\u0482\u048a-\u058f\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u2100-\u23ff\u2460-\u24ff\u2500-\u27bf\u2e80-\u2fdf\u3000-\u3029\u3030-\u3098\u309b-\u3163\u3165-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff01-\uff9f\uffa1-\uffee]*$/;
function isSimpleText(text) {
  return SIMPLE.test(text);
}
function simpleWidth(text) {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    width += cp < 127 ? 1 : eastAsianWidth(cp);
  }
  return width;
}
var fullWidth;
async function prepareDisplayWidth(texts) {
  if (!fullWidth) {
    for (let text of texts)
      if (!isSimpleText(text)) {
        fullWidth = (await import("./string-width-AEE2FSAZ.js")).default;
        return;
      }
  }
}
function* stringsOf(value) {
  if (typeof value == "string") yield value;
  else if (Array.isArray(value)) for (let v of value) yield* stringsOf(v);
  else if (value instanceof Map) for (let v of value.values()) yield* stringsOf(v);
  else if (value !== null && typeof value == "object") for (let v of Object.values(value)) yield* stringsOf(v);
}
var ZERO_WIDTH = new RegExp("^(?:\\p{Mark}|\\p{Default_Ignorable_Code_Point}|\\p{Control}|\\p{Format})+$", "u"), PICTOGRAPHIC = new RegExp("\\p{Extended_Pictographic}", "u");
function graphemeWidth(g) {
  return ZERO_WIDTH.test(g) ? 0 : PICTOGRAPHIC.test(g) ? 2 : eastAsianWidth(g.codePointAt(0));
}
function displayWidth(text) {
  if (isSimpleText(text)) return simpleWidth(text);
  if (fullWidth) return fullWidth(text);
  let width = 0;
  for (let g of graphemesOf(text)) width += graphemeWidth(g);
  return width;
}
var segmenter;
function graphemesOf(text) {
  return isSimpleText(text) ? [...text] : (segmenter ??= new Intl.Segmenter("zh-Hant", { granularity: "grapheme" }), [...segmenter.segment(text)].map((s) => s.segment));
}
function padEnd(text, width) {
  let w = displayWidth(text);
  return w >= width ? text : text + " ".repeat(width - w);
}
function padStart(text, width) {
  let w = displayWidth(text);
  return w >= width ? text : " ".repeat(width - w) + text;
}
var NO_LINE_START = /* @__PURE__ */ new Set([..."\uFF0C\u3002\u3001\uFF1A\uFF1B\uFF1F\uFF01\uFF09\u300D\u300F\u300B\u3009\u3011\u3015\uFF3D\uFF5D\u2026\u2025\u30FB\u2019\u201D,.;:?!)]}\uFF05%"]), NO_LINE_END = /* @__PURE__ */ new Set([..."\uFF08\u300C\u300E\u300A\u3008\u3010\u3014\uFF3B\uFF5B\u2018\u201C([{"]), WORDISH = /^[\x21-\x7e]$/;
function tokenize(paragraph) {
  let tokens = [], word = "", flushWord = () => {
    word !== "" && tokens.push({ text: word, width: displayWidth(word), kind: "word" }), word = "";
  };
  for (let segment of graphemesOf(paragraph))
    /^\s+$/.test(segment) ? (flushWord(), tokens[tokens.length - 1]?.kind !== "space" && tokens.push({ text: " ", width: 1, kind: "space" })) : WORDISH.test(segment) && !(word === "" && NO_LINE_START.has(segment) && tokens.length > 0 && tokens[tokens.length - 1].kind === "char") ? word += segment : (flushWord(), tokens.push({ text: segment, width: displayWidth(segment), kind: "char" }));
  return flushWord(), tokens;
}
var SPACE = { text: " ", width: 1, kind: "space" };
function wrapParagraph(paragraph, width) {
  let lines = [], line = [], lineWidth = 0, space = !1, flush = () => {
    for (; line.length > 0 && line[line.length - 1].kind === "space"; ) lineWidth -= line.pop().width;
    lines.push(line.map((t) => t.text).join("")), line = [], lineWidth = 0;
  }, append = (tok) => {
    line.push(tok), lineWidth += tok.width;
  }, hard = (tok) => {
    for (let g of graphemesOf(tok.text)) {
      let w = displayWidth(g);
      lineWidth + w > width && line.length > 0 && flush(), append({ text: g, width: w, kind: "char" });
    }
  };
  for (let tok of tokenize(paragraph)) {
    if (tok.kind === "space") {
      space = line.length > 0;
      continue;
    }
    if (lineWidth + (space ? 1 : 0) + tok.width <= width) {
      space && append(SPACE), append(tok), space = !1;
      continue;
    }
    if (space || line.length === 0) {
      line.length > 0 && flush(), space = !1, tok.width > width ? hard(tok) : append(tok);
      continue;
    }
    let carry = [], moveLast = () => {
      let last = line.pop();
      lineWidth -= last.width, carry.unshift(last);
    };
    for (NO_LINE_START.has(tok.text[0]) && moveLast(); line.length > 0 && NO_LINE_END.has(line[line.length - 1].text); ) moveLast();
    if (line.length === 0) {
      for (let t of carry) append(t);
      let last = line[line.length - 1], graphemes = last.kind === "word" ? graphemesOf(last.text) : [];
      if (NO_LINE_START.has(tok.text[0]) && graphemes.length > 1) {
        line.pop(), lineWidth -= last.width;
        let tail = graphemes.pop(), head = graphemes.join("");
        append({ text: head, width: displayWidth(head), kind: "word" }), flush(), append({ text: tail, width: displayWidth(tail), kind: "char" });
      }
      lineWidth + tok.width <= width ? append(tok) : hard(tok);
      continue;
    }
    flush();
    for (let t of carry) append(t);
    lineWidth + tok.width <= width ? append(tok) : hard(tok);
  }
  return (line.length > 0 || lines.length === 0) && flush(), lines;
}
function wrap(text, width) {
  let w = Math.max(1, Math.floor(width));
  return text.split(/\r?\n/).flatMap((p) => fitsAsIs(p, w) ? [p] : wrapParagraph(p, w));
}
var AS_IS = /^(?:[^\s]+(?: [^\s]+)*)?$/;
function fitsAsIs(paragraph, width) {
  return paragraph.length <= width && AS_IS.test(paragraph) && displayWidth(paragraph) <= width;
}
function hang(prefix, text, width) {
  let indent = displayWidth(prefix);
  return wrap(text, Math.max(4, width - indent)).map((l, i) => (i === 0 ? prefix : " ".repeat(indent)) + l);
}
function longestWord(text) {
  let best = 0;
  for (let t of tokenize(text.replace(/\n/g, " "))) t.kind === "word" && t.width > best && (best = t.width);
  return best;
}

export {
  isSimpleText,
  prepareDisplayWidth,
  stringsOf,
  displayWidth,
  padEnd,
  padStart,
  wrap,
  hang,
  longestWord
};
