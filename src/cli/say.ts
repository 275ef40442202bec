/**
 * The command's messages in the user's language (`--lang`): one helper for every sentence the command writes,
 * so no message is left in English only.
 */
import { getLanguage, type Language } from "../functions/language";

/** `es` for Spanish, `en` otherwise. */
export function say(language: Language, en: string, es: string): string {
  return language === "es" ? es : en;
}

/** {@link say} in the language the command runs in (set from `--lang` at start). */
export function sayNow(en: string, es: string): string {
  return say(getLanguage(), en, es);
}
