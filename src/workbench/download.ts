/**
 * Saves bytes as a file from the page: a Blob behind an object URL, clicked through a temporary link,
 * the URL revoked afterwards (nothing leaves the machine).
 */
import { XLSX_MIME } from "../xlsx/writeWorkbook";

/** Starts the browser's download of `bytes` as `fileName`. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
