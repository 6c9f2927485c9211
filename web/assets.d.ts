// Stylesheets imported for the bundle; esbuild emits them as the page's CSS file.
declare module '*.css';
