/**
 * Messages between the page (task pane and custom functions, one shared runtime) and the compute
 * worker. Heavy work runs in the worker so that Excel's UI thread is never blocked long enough for
 * Office to restart the add-in (5 s on desktop) and the pane stays responsive.
 */
import type { Bilingual, SelaErrorKind } from "../core/errors";

/** A job: evaluate a custom function by id, or run a registered task (an analysis) on plain data. */
export type WorkerRequest =
  | {
      readonly job: number;
      readonly kind: "function";
      readonly id: string;
      readonly args: readonly unknown[];
      readonly language: "en" | "es";
    }
  | {
      readonly job: number;
      readonly kind: "task";
      readonly task: string;
      readonly payload: unknown;
      readonly language: "en" | "es";
    };

/**
 * The answer to a job: its value, or a readable message (never a stack). A SelaError also travels with its
 * kind and both texts, so the page can show it in whichever language the user picks afterwards.
 */
export type WorkerResponse =
  | { readonly job: number; readonly ok: true; readonly value: unknown }
  | {
      readonly job: number;
      readonly ok: false;
      readonly message: string;
      readonly error?: { readonly kind: SelaErrorKind; readonly text: Bilingual };
    };
