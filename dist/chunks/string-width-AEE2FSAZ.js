import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);
import {
  eastAsianWidth
} from "./chunk-VRRIJLYY.js";
import "./chunk-XYDU2MH7.js";

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`, stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`, osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`, controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`, linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`, csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`, escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`, pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = !1 } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string != "string")
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  return !string.includes("\x1B") && !string.includes("\x9B") ? string : string.replace(regex, "");
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter(), visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v"), spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v"), rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v"), unqualifiedKeycapRegex = /^[\d#*]\u20E3$/, extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50)
    return !1;
  if (unqualifiedKeycapRegex.test(segment))
    return !0;
  if (segment.includes("\u200D")) {
    let pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return !1;
}
function baseVisible(segment) {
  let index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  let codePoints = [];
  for (let character of visibleSegment)
    visibleCharacterRegex.test(character) && codePoints.push(character.codePointAt(0));
  if (codePoints.length === 0)
    return;
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    let codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0)
        return;
      for (let remaining = index; remaining < codePoints.length; remaining++)
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2, index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0, first = !0;
  for (let character of visibleSegment) {
    if (first) {
      first = !1;
      continue;
    }
    (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") && (extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions));
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input != "string" || input.length === 0)
    return 0;
  let {
    ambiguousIsNarrow = !0,
    countAnsiEscapeCodes = !1
  } = options, string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B")) && (string = stripAnsi(string)), string.length === 0)
    return 0;
  if (/^[\u0020-\u007E]*$/.test(string))
    return string.length;
  let width = 0, eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (let { segment } of segmenter.segment(string)) {
    let visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0)
      continue;
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    let hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    let codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions), width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}
export {
  stringWidth as default
};
