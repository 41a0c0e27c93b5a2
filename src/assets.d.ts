/** YAML presets are embedded as text at build time (esbuild `text` loader; a Vite plugin in tests). */
declare module '*.yml' {
  const text: string;
  export default text;
}
