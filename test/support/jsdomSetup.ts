/**
 * What jsdom lacks and Fluent UI v9 (or the pane) needs: ResizeObserver, matchMedia, scrollIntoView,
 * TextEncoder/TextDecoder, and a hidden-element-safe `animate` stub. Imported first by each UI test file
 * (jest.config.js is shared and stays on the node environment; UI files opt in with @jest-environment jsdom).
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

const g = globalThis as unknown as Record<string, unknown>;

if (g.ResizeObserver === undefined) {
  g.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

if (typeof window !== "undefined") {
  if (typeof window.matchMedia !== "function") {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (typeof Element.prototype.scrollIntoView !== "function") {
    Element.prototype.scrollIntoView = function scrollIntoView(): void {};
  }
}

if (g.TextEncoder === undefined) g.TextEncoder = NodeTextEncoder;
if (g.TextDecoder === undefined) g.TextDecoder = NodeTextDecoder;

export {};
