/** Served by scripts/vite-plugin-layout.ts: the built-in dataset's layout, computed at build time. */
declare module 'virtual:builtin-layout' {
  const layout: import('./graph/layout').Layout;
  export default layout;
}
