/**
 * The zip container of OOXML packages, via fflate (pure JS, same code in Node and browsers). Also the
 * signature checks that turn "this is not an .xlsx" into a clear message instead of a zip error.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { inputError } from "../core/errors";

/** Files of a package by path (`xl/workbook.xml`), as text or bytes. */
export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

/**
 * Zips a package. `[Content_Types].xml` goes first, as Office writes it (some readers sniff it there).
 *
 * @param mtime the timestamp stored for every entry; pass a fixed date for byte-reproducible output
 */
export function zipPackage(files: PackageFiles, mtime: Date = new Date()): Uint8Array {
  const entries: Zippable = {};
  const names = [...files.keys()].sort((a, b) => rank(a) - rank(b));
  for (const name of names) {
    const content = files.get(name) as string | Uint8Array;
    entries[name] = [typeof content === "string" ? strToU8(content) : content, { level: 6, mtime }];
  }
  return zipSync(entries);
}

function rank(name: string): number {
  if (name === "[Content_Types].xml") return 0;
  if (name.startsWith("_rels/")) return 1;
  return 2;
}

/** What the first bytes say the file is. */
export type Signature = "zip" | "cfb" | "empty" | "unknown";

/**
 * Sniffs the container: zip (`PK\x03\x04`, .xlsx/.ods/.docx), CFB (`D0 CF 11 E0`: legacy .xls and every
 * password-protected Office file, which Office wraps in an encrypted CFB).
 */
export function signatureOf(bytes: Uint8Array): Signature {
  if (bytes.length === 0) return "empty";
  const at = (i: number): number => bytes[i] ?? -1;
  if (at(0) === 0x50 && at(1) === 0x4b && (at(2) === 3 || at(2) === 5) && (at(3) === 4 || at(3) === 6)) return "zip";
  if (at(0) === 0xd0 && at(1) === 0xcf && at(2) === 0x11 && at(3) === 0xe0) return "cfb";
  return "unknown";
}

/**
 * Unzips a package into text-decodable entries by path. Directory entries are dropped.
 *
 * @throws inputError when the bytes are not a readable zip
 */
export function unzipPackage(bytes: Uint8Array): Map<string, Uint8Array> {
  let raw: Record<string, Uint8Array>;
  try {
    raw = unzipSync(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw inputError(`the file is a damaged zip archive (${why})`, `el archivo es un zip dañado (${why})`);
  }
  const out = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(raw)) {
    if (!name.endsWith("/")) out.set(name.replace(/^\/+/, ""), data);
  }
  return out;
}

/** UTF-8 bytes to text (BOM kept; the XML parser skips it). */
export function utf8(bytes: Uint8Array): string {
  return strFromU8(bytes);
}
