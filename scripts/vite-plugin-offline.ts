/**
 * Offline support through Workbox (vite-plugin-pwa, generateSW): at build time it writes
 * dist/sw.js, precaching every file the build wrote (hashed chunks, including the views loaded
 * on demand, the import worker, index.html, public files) under a revision per file, so any
 * change to the build makes a new worker. The page registers it itself (src/state/register-sw.ts)
 * and asks before switching: a new worker waits (no skipWaiting) until the update banner posts
 * {type: 'SKIP_WAITING'}, which Workbox's generated worker answers. Also writes the web app
 * manifest, so the app installs on a phone or a laptop. Nothing is injected inline into
 * index.html (the CSP allows no inline script).
 */
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { minimal2023Preset, type Preset } from '@vite-pwa/assets-generator/config';

/**
 * The installed app's icons, drawn from public/favicon.svg at build time by
 * @vite-pwa/assets-generator: 64, 192 and 512 px PNGs, a 512 px maskable PNG, a 180 px Apple
 * touch icon and favicon.ico, written to the manifest and linked from index.html. The maskable
 * and Apple icons pad the logo into the safe zone on its own navy, so a circle or squircle mask
 * shows no white ring.
 */
const ICONS: Preset = {
  ...minimal2023Preset,
  maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: '#1F3A5F' } },
  apple: { sizes: [180], padding: 0.3, resizeOptions: { background: '#1F3A5F' } },
};

/**
 * The dev server injects CSS as <style> elements, which index.html's strict CSP
 * (style-src 'self') blocks; the built app links real .css files and needs no exception.
 * So 'unsafe-inline' for styles is added in dev only, never to the built index.html.
 */
export function devStyleCsp(): Plugin {
  return {
    name: 'career-explorer:dev-style-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
    },
  };
}

export function offlineServiceWorker(): Plugin[] {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    manifest: {
      name: 'Career Path Explorer — health information careers',
      short_name: 'Career Paths',
      description:
        'Explore careers in health information: roles, routes between them, credentials and salaries, with a source for every figure.',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0f766e',
      // A stable identity: the app stays the same installed app if its start page ever moves.
      id: '/',
    },
    pwaAssets: { image: 'public/favicon.svg', preset: ICONS, includeHtmlHeadLinks: true, overrideManifestIcons: true },
    workbox: {
      // Everything the app can show offline: code, styles, the page, icons, the schema and examples users download.
      // Not the manifest: the plugin precaches it itself, after writing the generated icons into it (a second,
      // older entry for it made the service worker fail to start).
      globPatterns: ['**/*.{js,css,html,svg,png,ico,json,csv,txt}'],
      // One file: no importScripts of a separate workbox runtime chunk.
      inlineWorkboxRuntime: true,
      skipWaiting: false,
      // The first install takes the open page at once (no banner: nothing to update from).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Any address of the app (its state is in the query string) opens the cached page offline.
      navigateFallback: 'index.html',
      // The app keeps its state in the query; ignore it when matching precached files.
      ignoreURLParametersMatching: [/.*/],
    },
  });
}

/** The service-worker generator for builds, plus the dev-only CSP relaxation above. */
export function offline(): Plugin[] {
  return [...offlineServiceWorker(), devStyleCsp()];
}
