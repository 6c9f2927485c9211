// Bundles cli.ts into dist/ with esbuild. Bundling matters for start-up: an
// unbundled Ink app takes ~0.9 s to its first frame here, a bundled one ~0.4 s.
// Heavy parts (AWS SDK, SQLite, Ollama) stay behind dynamic imports, in their own chunks.
import {readFile, rm} from 'node:fs/promises';
import {build} from 'esbuild';

const emptyModule = new URL('./empty-module.js', import.meta.url).pathname;

/**
 * Yoga's Emscripten loader fetch()es its own inlined base64 wasm whenever
 * fetch exists, which makes Node load undici (~20 ms) before the first frame.
 * Telling it fetch is absent makes it decode the same bytes directly.
 */
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(builder) {
		builder.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/].*\.js$/}, async ({path}) => {
			const source = await readFile(path, 'utf8');
			const check = '"function"!=typeof fetch';
			if (!source.includes(check)) throw new Error(`yoga-without-fetch: "${check}" not found in ${path}; check the new yoga-layout loader`);
			return {contents: source.replaceAll(check, 'true'), loader: 'js'};
		});
	},
};

// AWS_COST_BUILD_OUTDIR lets the bundle test build beside, not over, dist/.
const outdir = process.env.AWS_COST_BUILD_OUTDIR ?? 'dist';
await rm(outdir, {recursive: true, force: true});
await build({
	entryPoints: {cli: 'cli.ts'},
	outdir,
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	sourcemap: 'linked',
	chunkNames: 'chunks/[name]-[hash]',
	// Native modules and their loaders cannot be bundled, nor packages that serve files from their own folder.
	external: ['sqlite3', '@keyv/sqlite', '@fastify/swagger-ui', '@duckdb/node-api'],
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {
		// Ink imports react-devtools-core only when DEV is set; keep it out of the bundle.
		'react-devtools-core': emptyModule,
		// ollama's browser build polyfills fetch, which every supported Node has built in.
		'whatwg-fetch': emptyModule,
	},
	plugins: [yogaWithoutFetch],
	banner: {
		js: "import {createRequire as __createRequire} from 'node:module'; const require = __createRequire(import.meta.url);",
	},
	// Smaller code parses faster: minifying cut the app chunk from ~1 MB to ~0.5 MB and its load by ~60 ms.
	// AWS_COST_BUILD_READABLE=1 keeps names and lines, for reading a CPU profile.
	minify: process.env.AWS_COST_BUILD_READABLE !== '1',
	// Error and class names stay readable in the log file.
	keepNames: true,
	logLevel: 'warning',
});

// The web dashboard that `aws-cost serve` serves at / (see scripts/build-web.js).
const {buildWeb} = await import('./build-web.js');
await buildWeb(`${outdir}/web`);
