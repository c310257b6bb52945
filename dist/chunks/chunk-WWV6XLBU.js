import { createRequire as __compstdRequire } from 'node:module'; const require = __compstdRequire(import.meta.url);

// src/formatters/encode/xml.ts
function xmlEscape(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export {
  xmlEscape
};
