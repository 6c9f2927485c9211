// Bundles cli.ts into dist/ with esbuild. Bundling matters for start-up: an
// unbundled Ink app takes ~0.9 s to its first frame here, a bundled one ~0.4 s.
// Heavy parts (AWS SDK, SQLite, Ollama) stay behind dynamic imports, in their own chunks.
import {rm} from 'node:fs/promises';
import {build} from 'esbuild';

await rm('dist', {recursive: true, force: true});
await build({
	entryPoints: {cli: 'cli.ts'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	sourcemap: 'linked',
	chunkNames: 'chunks/[name]-[hash]',
	// Native modules and their loaders cannot be bundled.
	external: ['sqlite3', '@keyv/sqlite'],
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; keep it out of the bundle.
	alias: {'react-devtools-core': './scripts/empty-module.js'},
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
