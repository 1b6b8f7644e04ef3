/**
 * Emits dist/sw.js at build time: a service worker whose precache list is every file the
 * build wrote (hashed assets, index.html, favicon, public files; the built-in data is inside
 * the JS bundle) and whose cache version is a hash of those files' names and contents —
 * so any change to the build makes a new worker, which the page then offers as an update.
 * A static public/sw.js could not know the hashed asset names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { serviceWorkerSource } from './offline-sw-template';

export interface OfflineOptions {
  fileName: string;
  /** Files (paths relative to outDir, "/"-separated) never precached. */
  exclude: RegExp[];
  /** Cache names are `${cachePrefix}-${version}`; the worker deletes older ones with this prefix. */
  cachePrefix: string;
}

export const DEFAULTS: OfflineOptions = { fileName: 'sw.js', exclude: [/\.map$/, /(^|\/)\./], cachePrefix: 'career-explorer' };

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** Precache entries (relative to the worker's scope) and a version hash over names + contents. */
export function precacheManifest(outDir: string, options: OfflineOptions): { files: string[]; version: string } {
  const files = listFiles(outDir)
    .map((full) => relative(outDir, full).split(sep).join('/'))
    .filter((f) => f !== options.fileName && !options.exclude.some((re) => re.test(f)))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(join(outDir, f))).update('\0');
  return { files: ['./', ...files], version: hash.digest('hex').slice(0, 16) };
}

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

/** The service-worker emitter for builds, plus the dev-only CSP relaxation above. */
export function offline(options: Partial<OfflineOptions> = {}): Plugin[] {
  return [offlineServiceWorker(options), devStyleCsp()];
}

export function offlineServiceWorker(options: Partial<OfflineOptions> = {}): Plugin {
  const opts = { ...DEFAULTS, ...options };
  let config: ResolvedConfig | undefined;
  return {
    name: 'career-explorer:offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After every file (bundle and public/) has been written, so the list is complete.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (!config || config.build.ssr) return;
        const outDir = resolve(config.root, config.build.outDir);
        if (!existsSync(join(outDir, 'index.html'))) return; // a failed build: nothing to cache
        const manifest = precacheManifest(outDir, opts);
        const { files } = manifest;
        // The worker's own code counts too, so a change to the template alone also renews the cache.
        const template = serviceWorkerSource({ files, version: '', cachePrefix: opts.cachePrefix });
        const version = createHash('sha256').update(manifest.version).update(template).digest('hex').slice(0, 16);
        writeFileSync(join(outDir, opts.fileName), serviceWorkerSource({ files, version, cachePrefix: opts.cachePrefix }));
        config.logger.info(`offline: ${opts.fileName} precaches ${files.length} files (version ${version})`);
      },
    },
  };
}
