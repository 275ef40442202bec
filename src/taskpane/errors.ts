/**
 * How the pane turns a failure into text: a SelaError speaks the user's language (`text.en/.es`), any
 * other Error shows its own message, cancellations are recognised so they are not shown as failures.
 */
import { SelaError } from "../core/errors";
import type { Language } from "../functions/language";
import { CancelledError } from "../worker/workerClient";
import { format, strings } from "./strings";

/** True for a job cancelled by the user (worker jobs) or an aborted write (AbortSignal). */
export function isCancellation(error: unknown): boolean {
  return error instanceof CancelledError || (error instanceof Error && error.name === "AbortError");
}

/** The message to show for `error` in `language`; never empty, never a stack. */
export function errorMessage(error: unknown, language: Language): string {
  if (error instanceof SelaError) return error.text[language];
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  return format(strings[language].errorUnknown, String(error));
}
