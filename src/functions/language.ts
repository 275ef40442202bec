/**
 * The language of what users read from the custom functions: labels (KEYSECTORS, TRADECAN) and error
 * messages. The runtime sets it from Office's display language at start-up; the CLI from `--lang`.
 */
export type Language = "en" | "es";

let current: Language = "en";

/** The language in use for labels and messages. */
export function getLanguage(): Language {
  return current;
}

/** Switches labels and messages to `language`. */
export function setLanguage(language: Language): void {
  current = language;
}

/**
 * Maps a BCP-47 tag (`es-CL`, `en-US`, `pt-BR`) to a supported language: Spanish for every `es-*`,
 * English otherwise.
 *
 * @example languageFromLocale("es-PY") // => "es"
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale?.toLowerCase().startsWith("es") ? "es" : "en";
}
