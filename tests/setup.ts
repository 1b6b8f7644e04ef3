import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it); layout is not measured
// there anyway, so an observer that never fires is an honest stand-in.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// findBy… waits for what a user waits for: a lazily loaded section (the role panel's pay) can take
// longer than the default second on a loaded two-core machine, which failed tests that pass alone.
configure({ asyncUtilTimeout: 10_000 });
