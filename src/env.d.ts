/// <reference types="astro/client" />

// Plain `tsc` does not know .astro files; `astro check` (both run in npm run typecheck) does.
// Declared here so TypeScript modules that import a component type-check too.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
