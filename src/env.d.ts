/// <reference types="astro/client" />

// Plain `tsc` (npm run typecheck) does not know .astro files; Astro's own checker does.
// Declared here so TypeScript modules that import a component type-check too.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
