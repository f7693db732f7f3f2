/**
 * Next's server puts AsyncLocalStorage on globalThis before it loads anything; its request stores (behind
 * next/headers' cookies() and headers()) are stubs that throw without it. Import this module before any
 * `next/…` module so that the route modules run as they do under `next start`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
