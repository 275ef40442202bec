/**
 * Entry of the custom-functions bundle, loaded in the shared runtime (the task pane page). Importing
 * the catalogue modules is what registers them: the metadata plugin's loader appends
 * `CustomFunctions.associate(id, fn)` to each of them at build time.
 */
import "./registrationGuard";
// Must come before the catalogue modules: it wraps their registration to offload large calls.
import "./installOffload";
import "./io";
import "./trade";
import "./complexity";
import { languageFromLocale, setLanguage } from "./language";

// Labels (KEYSECTORS, TRADECAN) and messages follow Office's display language.
if (typeof Office !== "undefined") {
  void Office.onReady((info) => {
    // Outside Excel (the workbench in a plain browser) the host is null and there is no Office.context.
    if (info.host === Office.HostType.Excel) setLanguage(languageFromLocale(Office.context.displayLanguage));
  });
}
