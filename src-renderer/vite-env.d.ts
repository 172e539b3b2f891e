/// <reference types="vite/client" />

/** The app's version from package.json, set at build time by electron.vite.config.ts. */
declare const __APP_VERSION__: string;

declare module '*.ttf?inline' {
  const dataUrl: string;
  export default dataUrl;
}
