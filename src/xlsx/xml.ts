/**
 * The XML we need and nothing more: escaping for the writer and a small non-validating parser for the
 * SpreadsheetML parts the reader consumes. Office parts use no DTDs and only the five predefined entities,
 * so the parser skips DOCTYPE declarations and never expands custom entities (no entity-expansion attacks).
 * Element names keep their prefix in `name`; lookups go by `local` name because producers differ in
 * prefixes (`<x:c>` from some .NET writers, `<c>` from Excel).
 */
import { inputError } from "../core/errors";

/** An element: qualified name, local name (prefix removed), attributes by qualified name, children in order. */
export interface XmlElement {
  readonly name: string;
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child: an element or a run of character data (entities decoded). */
export type XmlNode = XmlElement | string;

// XML 1.0 forbids these code points even as character references; Excel stores them as _xHHHH_.

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes text for element content or a double-quoted attribute. CR, tab and LF become character
 * references so XML end-of-line and attribute normalisation cannot turn them into LF or spaces.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(FORBIDDEN, "");
}

/**
 * Encodes text the OOXML way for `<t>` and `<v>`: a literal `_xHHHH_` is protected as `_x005F_xHHHH_`
 * (otherwise Excel would decode it) and characters XML cannot carry become `_xHHHH_`. Then XML-escapes.
 */
export function encodeOoxmlText(text: string): string {
  const protectedText = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(FORBIDDEN, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeXml(protectedText);
}

/** Reverses {@link encodeOoxmlText}'s `_xHHHH_` step on text already XML-decoded. */
export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `<t>` needs xml:space="preserve" when leading/trailing blanks or line breaks must survive. */
export function needsPreserve(text: string): boolean {
  return /^[\s]|[\s]$|[\n\t]/.test(text);
}

/** An element with attributes (undefined ones omitted) and inner XML. Self-closes when `inner` is empty. */
export function el(
  name: string,
  attrs: Readonly<Record<string, string | number | undefined>> = {},
  inner = "",
): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attrs)) {
    // Attribute-value normalisation would turn a raw tab or LF into a space: keep them as references.
    if (value !== undefined)
      open += ` ${key}="${escapeXml(String(value)).replace(/\n/g, "&#10;").replace(/\t/g, "&#9;")}"`;
  }
  return inner === "" ? `${open}/>` : `${open}>${inner}</${name}>`;
}

/** The XML declaration every OOXML part starts with. */
export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);/g, (match, body: string) => {
    if (body.startsWith("#x")) return safeFromCodePoint(parseInt(body.slice(2), 16), match);
    if (body.startsWith("#")) return safeFromCodePoint(parseInt(body.slice(1), 10), match);
    return ENTITIES[body] ?? match;
  });
}

function safeFromCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function malformed(part: string, at: number): Error {
  return inputError(
    `malformed xml in ${part} near character ${at}`,
    `xml mal formado en ${part} cerca del carácter ${at}`,
  );
}

/** Space, tab, CR, LF: the only XML whitespace. Char-code tests keep the parser fast on large sheets. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * Parses an XML document into its root element. Whitespace-only text between elements is dropped
 * (SpreadsheetML never gives it meaning outside `<t xml:space="preserve">`, which we keep).
 *
 * @param part the part name, for error messages (`xl/worksheets/sheet1.xml`)
 * @throws inputError when tags do not nest or the document has no root
 */
export function parseXml(text: string, part = "xml"): XmlElement {
  interface Open {
    name: string;
    local: string;
    attrs: Record<string, string>;
    children: XmlNode[];
    preserve: boolean;
  }
  const root: Open = { name: "#document", local: "#document", attrs: {}, children: [], preserve: false };
  const stack: Open[] = [root];
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const lt = text.indexOf("<", i);
    const top = stack[stack.length - 1] as Open;
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const raw = text.slice(i, end);
      if (top.preserve || raw.trim() !== "") top.children.push(decodeEntities(raw));
    }
    if (lt < 0) break;
    if (text.startsWith("<!--", lt)) {
      const close = text.indexOf("-->", lt + 4);
      if (close < 0) throw malformed(part, lt);
      i = close + 3;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const close = text.indexOf("]]>", lt + 9);
      if (close < 0) throw malformed(part, lt);
      top.children.push(text.slice(lt + 9, close));
      i = close + 3;
    } else if (text.startsWith("<?", lt)) {
      const close = text.indexOf("?>", lt + 2);
      if (close < 0) throw malformed(part, lt);
      i = close + 2;
    } else if (text.startsWith("<!", lt)) {
      // DOCTYPE: skipped, including an internal subset in brackets; its entities are never expanded.
      let depth = 0;
      let j = lt + 2;
      for (; j < n; j++) {
        const ch = text[j];
        if (ch === "[") depth++;
        else if (ch === "]") depth--;
        else if (ch === ">" && depth <= 0) break;
      }
      if (j >= n) throw malformed(part, lt);
      i = j + 1;
    } else if (text[lt + 1] === "/") {
      const close = text.indexOf(">", lt + 2);
      if (close < 0) throw malformed(part, lt);
      const name = text.slice(lt + 2, close).trim();
      if (stack.length < 2 || top.name !== name) throw malformed(part, lt);
      stack.pop();
      (stack[stack.length - 1] as Open).children.push(freeze(top));
      i = close + 1;
    } else {
      let j = lt + 1;
      while (j < n) {
        const code = text.charCodeAt(j);
        if (isSpace(code) || code === 47 /* / */ || code === 62 /* > */) break;
        j++;
      }
      const name = text.slice(lt + 1, j);
      if (name === "") throw malformed(part, lt);
      const attrs: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        if (j >= n) throw malformed(part, lt);
        if (text[j] === ">") {
          j++;
          break;
        }
        if (text[j] === "/" && text[j + 1] === ">") {
          selfClosing = true;
          j += 2;
          break;
        }
        const eq = text.indexOf("=", j);
        if (eq < 0) throw malformed(part, j);
        const key = text.slice(j, eq).trim();
        let q = eq + 1;
        while (q < n && isSpace(text.charCodeAt(q))) q++;
        const quote = text[q];
        if (quote !== '"' && quote !== "'") throw malformed(part, q);
        const closeQuote = text.indexOf(quote, q + 1);
        if (closeQuote < 0 || key === "") throw malformed(part, q);
        attrs[key] = decodeEntities(text.slice(q + 1, closeQuote).replace(/[\t\n\r]/g, " "));
        j = closeQuote + 1;
      }
      const colon = name.indexOf(":");
      const node: Open = {
        name,
        local: colon < 0 ? name : name.slice(colon + 1),
        attrs,
        children: [],
        preserve: attrs["xml:space"] === "preserve" || top.preserve,
      };
      if (selfClosing) top.children.push(freeze(node));
      else stack.push(node);
      i = j;
    }
  }
  if (stack.length !== 1) throw malformed(part, n);
  const first = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!first) throw malformed(part, 0);
  return first;
}

function freeze(node: { name: string; local: string; attrs: Record<string, string>; children: XmlNode[] }): XmlElement {
  return { name: node.name, local: node.local, attrs: node.attrs, children: node.children };
}

/** Child elements with this local name. */
export function childrenNamed(parent: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of parent.children) if (typeof c !== "string" && c.local === local) out.push(c);
  return out;
}

/** The first child element with this local name. */
export function childNamed(parent: XmlElement, local: string): XmlElement | undefined {
  for (const c of parent.children) if (typeof c !== "string" && c.local === local) return c;
  return undefined;
}

/** The concatenated character data of an element and its descendants. */
export function textOf(node: XmlElement): string {
  let out = "";
  for (const c of node.children) out += typeof c === "string" ? c : textOf(c);
  return out;
}

/** An attribute by local name, whatever its prefix (`r:id`, `relationships:id`). */
export function attrLocal(node: XmlElement, local: string): string | undefined {
  const direct = node.attrs[local];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(node.attrs)) {
    const colon = key.indexOf(":");
    if (colon >= 0 && key.slice(colon + 1) === local && !key.startsWith("xmlns")) return value;
  }
  return undefined;
}
