/**
 * Office errors made readable. Excel.run rejects with an `OfficeExtension.Error` (name "RichApi.Error") whose
 * `code` says what happened (`InvalidArgument`, `ItemNotFound`, `RequestPayloadSizeLimitExceeded`…) and
 * whose message is Excel's, in Excel's language. The gateway turns it into a bilingual {@link SelaError}
 * that says what to do next, keeps Excel's message and code in the text, and the original as `cause`.
 * Our own errors (SelaError, aborts, programming errors) pass through unchanged: nothing is swallowed.
 */
import { inputError, SelaError, type Bilingual } from "../core/errors";

/** An error coming from the Office JavaScript API (duck-typed: the class is not available in tests). */
export interface OfficeApiError extends Error {
  readonly code: string;
}

/** True for errors raised by Excel.run / context.sync. */
export function isOfficeError(e: unknown): e is OfficeApiError {
  if (!(e instanceof Error) || e instanceof SelaError) return false;
  const code = (e as { code?: unknown }).code;
  return typeof code === "string" && (e.name === "RichApi.Error" || "debugInfo" in e);
}

const ADVICE: Readonly<Record<string, Bilingual>> = {
  InvalidArgument: { en: "Excel rejected a value or address", es: "Excel rechazó un valor o una dirección" },
  ItemNotFound: {
    en: "a sheet, table or range was not found (renamed or deleted?)",
    es: "no se encontró una hoja, tabla o rango (¿renombrado o eliminado?)",
  },
  ItemAlreadyExists: { en: "the name is already in use", es: "el nombre ya está en uso" },
  RequestPayloadSizeLimitExceeded: {
    en: "the block is larger than Excel accepts in one request (5 MB on the web): use a smaller table",
    es: "el bloque supera lo que Excel acepta en una solicitud (5 MB en la web): use una tabla más pequeña",
  },
  ResponsePayloadSizeLimitExceeded: {
    en: "the range is too large to read at once (5 MB on the web): select a smaller range",
    es: "el rango es demasiado grande para leerlo de una vez (5 MB en la web): seleccione un rango menor",
  },
  InvalidOperationInCellEditMode: {
    en: "Excel is editing a cell: press Enter or Esc and try again",
    es: "Excel está editando una celda: pulse Intro o Esc e intente de nuevo",
  },
  AccessDenied: {
    en: "Excel denied the change (protected sheet or workbook?)",
    es: "Excel no permitió el cambio (¿hoja o libro protegido?)",
  },
  InvalidSelection: {
    en: "the selection cannot be used: select one rectangular range",
    es: "la selección no se puede usar: seleccione un único rango rectangular",
  },
  InvalidOperation: { en: "Excel cannot do this here", es: "Excel no puede hacer esto aquí" },
  InsertDeleteConflict: {
    en: "the change conflicts with tables or merged cells",
    es: "el cambio entra en conflicto con tablas o celdas combinadas",
  },
  UnsupportedOperation: {
    en: "this version of Excel does not support the operation",
    es: "esta versión de Excel no admite la operación",
  },
  ApiNotFound: {
    en: "this version of Excel does not support the operation",
    es: "esta versión de Excel no admite la operación",
  },
  Conflict: {
    en: "the workbook changed meanwhile (co-authoring?): try again",
    es: "el libro cambió mientras tanto (¿coautoría?): intente de nuevo",
  },
  GeneralException: { en: "Excel reported an internal error", es: "Excel informó un error interno" },
};

const FALLBACK: Bilingual = {
  en: "Excel could not complete the operation",
  es: "Excel no pudo completar la operación",
};

/**
 * A readable error for anything thrown while talking to Excel: Office errors become a bilingual SelaError
 * (`advice: Excel's message (Code)`) with the original as `cause`; every other error is returned unchanged.
 *
 * @example readableError(richApiError).message // => "a sheet, table or range was not found … (ItemNotFound)"
 */
export function readableError(e: unknown): unknown {
  if (!isOfficeError(e)) return e;
  const advice = ADVICE[e.code] ?? FALLBACK;
  const detail = e.message.trim().replace(/\.$/, "");
  const tail = detail === "" ? ` (${e.code})` : `: ${detail} (${e.code})`;
  const err = inputError(`${advice.en}${tail}`, `${advice.es}${tail}`);
  err.cause = e;
  return err;
}

/** The error an aborted write rejects with: the signal's reason when it is an Error, else an AbortError. */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  const err = new Error("the operation was cancelled");
  err.name = "AbortError";
  return err;
}

/** Throws when `signal` has been aborted (checked between chunks). */
export function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw abortError(signal);
}
