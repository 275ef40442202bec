/** Helpers for the xlsx tests: build packages by hand, look inside written ones. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Zips text parts into a package (what a third-party writer would produce). */
export function zipParts(parts: Readonly<Record<string, string>>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(parts)) entries[name] = strToU8(text);
  return zipSync(entries);
}

/** The text of one part of a package. */
export function partText(bytes: Uint8Array, name: string): string {
  const data = unzipSync(bytes)[name];
  if (!data) throw new Error(`no part ${name}`);
  return strFromU8(data);
}

/** Names of all parts. */
export function partNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes)).sort();
}

/** A committed fixture's bytes. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "xlsx", name)));
}

/** The bilingual message of a thrown SelaError, or fails. */
export function errorText(fn: () => unknown): { en: string; es: string } {
  try {
    fn();
  } catch (e) {
    const text = (e as { text?: { en: string; es: string } }).text;
    if (text) return text;
    throw e;
  }
  throw new Error("expected an error");
}

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
