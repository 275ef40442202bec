import {
  decodeOoxmlText,
  el,
  encodeOoxmlText,
  escapeXml,
  parseXml,
  textOf,
  childrenNamed,
  attrLocal,
} from "../../src/xlsx/xml";

describe("xml", () => {
  test("escaping keeps markup characters, CR and strips forbidden controls", () => {
    expect(escapeXml(`<a href="x">&'\r\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;'&#13;");
    expect(el("x", { a: "1\t2\n3", b: undefined })).toBe('<x a="1&#9;2&#10;3"/>');
  });

  test("OOXML _xHHHH_ escapes round-trip", () => {
    for (const text of ["_x0041_ literal", "bell\u0007", "plain", "a_x_b"]) {
      const parsed = textOf(parseXml(`<t>${encodeOoxmlText(text)}</t>`));
      expect(decodeOoxmlText(parsed)).toBe(text);
    }
  });

  test("parses prefixes, entities, CDATA, comments, self-closing tags and preserved whitespace", () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- c --><x:root xmlns:x="u" r:id=\'r1\'>' +
        '<x:a v="&lt;&#65;&#x42;&amp;e;"/>  <x:a><![CDATA[<raw>]]></x:a><t xml:space="preserve">  two  </t>&e;</x:root>',
    );
    expect(root.local).toBe("root");
    expect(attrLocal(root, "id")).toBe("r1");
    const as = childrenNamed(root, "a");
    expect(as.map((a) => a.attrs.v ?? textOf(a))).toEqual(["<AB&e;", "<raw>"]);
    expect(textOf(childrenNamed(root, "t")[0]!)).toBe("  two  ");
    expect(root.children[root.children.length - 1]).toBe("&e;"); // custom entities are never expanded
  });

  test("malformed documents are input errors", () => {
    expect(() => parseXml("<a><b></a>", "part.xml")).toThrow(/malformed xml in part.xml/);
    expect(() => parseXml("<a>", "p")).toThrow(/malformed/);
    expect(() => parseXml("just text", "p")).toThrow(/malformed/);
    expect(() => parseXml('<a b="1></a>', "p")).toThrow(/malformed/);
  });
});
