import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it); layout is not measured
// there anyway, so an observer that never fires is an honest stand-in.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
