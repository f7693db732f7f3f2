// What Mantine expects from a browser and jsdom lacks (media queries, element resizing, scrolling).
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView = () => undefined;
Object.defineProperty(window, 'getComputedStyle', { value: window.getComputedStyle, writable: true });

// findBy…/waitFor give up after 1 s by default: on our shared 2-core machines a debounced search and its
// render can take longer under load. What a test waits for is unchanged, only how long it may take.
// (@testing-library/dom's configuration, which React's re-exports: importing React's here, before the test
// framework, would lose its automatic cleanup between tests.)
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('@testing-library/dom').configure({ asyncUtilTimeout: 5000 });
