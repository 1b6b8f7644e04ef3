/** Served by scripts/vite-plugin-layout.ts: the built-in dataset's layout, computed at build time. */
declare module 'virtual:builtin-layout' {
  const layout: import('./data/layout').Layout;
  export default layout;
}

/** Served by scripts/vite-plugin-builtin-data.ts: careers.json, validated at build time. */
declare module 'virtual:builtin-dataset' {
  const dataset: import('./data/schema').Dataset;
  export default dataset;
}

/** Served by scripts/vite-plugin-builtin-data.ts: the address of `{ dataset, layout }` as JSON (src/data/builtin-fetch.ts). */
declare module 'virtual:builtin-data-url' {
  const url: string;
  export default url;
}
