/**
 * Everything the pane says, in English and Spanish. Components read `strings[language]`; a test checks
 * that both languages define the same keys.
 */
import type { Language } from "../functions/language";

const en = {
  appTitle: "SELA Niches",
  appSubtitle: "Productive niches and value chains",
  language: "Language",
  english: "English",
  spanish: "Español",
  version: "Version",
  analyses: "Analyses",
  noAnalyses: "No analyses available yet.",
  workbenchNotice:
    "Office is not available: the workbench runs the analyses on an .xlsx or .csv file and downloads the result.",
};

export type PaneStrings = typeof en;

const es: PaneStrings = {
  appTitle: "SELA Nichos",
  appSubtitle: "Nichos productivos y cadenas de valor",
  language: "Idioma",
  english: "English",
  spanish: "Español",
  version: "Versión",
  analyses: "Análisis",
  noAnalyses: "Todavía no hay análisis disponibles.",
  workbenchNotice:
    "Office no está disponible: el banco de trabajo ejecuta los análisis sobre un archivo .xlsx o .csv y descarga el resultado.",
};

/** The pane's strings by language. */
export const strings: Readonly<Record<Language, PaneStrings>> = { en, es };
