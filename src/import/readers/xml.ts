/**
 * The XML of an office document as a tree in document order (fast-xml-parser, `preserveOrder`).
 * No DTD is read and no entity but XML's own five and character references is expanded: a DOCTYPE
 * or ENTITY declaration is refused before parsing (load/office.ts refuses it too).
 */
import { XMLParser } from 'fast-xml-parser';
import { InputError } from '../../model/errors.js';
import { msg } from '../../model/i18n.js';

/** An element: its name, attributes (entities decoded) and children; or a text node. */
export type XmlNode = { name: string; attrs: Record<string, string>; children: XmlNode[] } | { text: string };

type Raw = Record<string, unknown>;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's five entities and character references; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, e: string) => {
    if (e.startsWith('#')) {
      const cp = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[e]!;
  });
}

function convert(list: Raw[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of list) {
    const attrs: Record<string, string> = {};
    const a = item[':@'] as Record<string, unknown> | undefined;
    if (a) for (const [k, v] of Object.entries(a)) attrs[k] = decodeEntities(String(v));
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') continue;
      if (key === '#text') out.push({ text: decodeEntities(String(value)) });
      else if (!key.startsWith('?') && !key.startsWith('!')) out.push({ name: key, attrs, children: Array.isArray(value) ? convert(value as Raw[]) : [] });
    }
  }
  return out;
}

/** Parses `xml` (the part `part` of `file`); malformed XML is one InputError with its line. */
export function parseXml(xml: string, file: string, part: string): XmlNode[] {
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(xml)) throw new InputError(msg('document.doctype', { file, part }));
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: false,
    htmlEntities: false,
    commentPropName: false,
    cdataPropName: false,
  });
  let raw: unknown;
  try {
    raw = parser.parse(xml, true);
  } catch (e) {
    throw new InputError(msg('document.badXml', { file, part, why: (e as Error).message.split('\n')[0]! }));
  }
  return convert(raw as Raw[]);
}

export function isElement(n: XmlNode): n is Extract<XmlNode, { name: string }> {
  return 'name' in n;
}

/** The first descendant element named `name` (depth first), or undefined. */
export function find(nodes: readonly XmlNode[], name: string): Extract<XmlNode, { name: string }> | undefined {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if (n.name === name) return n;
    const inner = find(n.children, name);
    if (inner) return inner;
  }
  return undefined;
}

export function child(n: Extract<XmlNode, { name: string }>, name: string): Extract<XmlNode, { name: string }> | undefined {
  return n.children.find((c): c is Extract<XmlNode, { name: string }> => isElement(c) && c.name === name);
}
