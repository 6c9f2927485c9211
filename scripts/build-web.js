// Bundles the web dashboard (web/main.tsx) for the browser into <outdir>: hashed
// JS and CSS under assets/ (served with a year-long immutable cache) and an
// index.html naming them (served no-cache). No CDN: the page works offline.
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {basename, join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const template = new URL('../web/index.html', import.meta.url);
const entry = fileURLToPath(new URL('../web/main.tsx', import.meta.url));

/** Builds the page into `outdir` (replacing it); resolves to the asset file names. */
export async function buildWeb(outdir) {
	await rm(outdir, {recursive: true, force: true});
	const assets = join(outdir, 'assets');
	await mkdir(assets, {recursive: true});
	const result = await build({
		entryPoints: {app: entry},
		outdir: assets,
		entryNames: '[name]-[hash]',
		assetNames: '[name]-[hash]',
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: ['chrome110', 'firefox110', 'safari16'],
		jsx: 'automatic',
		// React's production build; `process.env` read by shared code (redactSecrets) is empty in a browser.
		define: {'process.env.NODE_ENV': '"production"', 'process.env': '{}'},
		minify: true,
		sourcemap: false,
		metafile: true,
		logLevel: 'warning',
	});
	const outputs = Object.keys(result.metafile.outputs).map(path => basename(path));
	const script = outputs.find(name => name.endsWith('.js'));
	const style = outputs.find(name => name.endsWith('.css'));
	if (script === undefined || style === undefined) throw new Error(`build-web: expected a .js and a .css output, got ${outputs.join(', ')}`);
	const html = (await readFile(template, 'utf8'))
		.replace('<!-- style -->', `<link rel="stylesheet" href="/assets/${style}">`)
		.replace('<!-- script -->', `<script type="module" src="/assets/${script}"></script>`);
	await writeFile(join(outdir, 'index.html'), html);
	return {script, style};
}

// `node scripts/build-web.js [outdir]`: the page alone (default dist/web).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	await buildWeb(process.argv[2] ?? join('dist', 'web'));
}
