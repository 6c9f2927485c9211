import {existsSync, readFileSync, statSync} from 'node:fs';
import {dirname, isAbsolute, join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

/** Where a plugin named in settings lives: a file URL, or the bare name for Node to find beside aws-cost. */
export type PluginLocation = {readonly url: string} | {readonly missing: string};

const isPath = (specifier: string): boolean => specifier.startsWith('./') || specifier.startsWith('../') || specifier.startsWith('file:') || isAbsolute(specifier);

/**
 * A path is taken relative to the settings file's directory; a package name
 * is looked for in node_modules from there up, then (by Node, at import) beside
 * aws-cost itself, where `npm install -g` puts a global plugin.
 */
export function locatePlugin(specifier: string, baseDir: string): PluginLocation {
	if (isPath(specifier)) {
		const path = specifier.startsWith('file:') ? new URL(specifier).pathname : resolve(baseDir, specifier);
		if (!existsSync(path)) return {missing: `no such file ${path}`};
		return statSync(path).isDirectory() ? packageEntry(path) : {url: pathToFileURL(path).href};
	}
	for (let directory = resolve(baseDir); ; directory = dirname(directory)) {
		const candidate = join(directory, 'node_modules', specifier);
		if (existsSync(join(candidate, 'package.json'))) return packageEntry(candidate);
		if (dirname(directory) === directory) return {url: specifier};
	}
}

/** The file a package's `exports` (import / node / default), `module` or `main` names; index.js otherwise. */
function packageEntry(directory: string): PluginLocation {
	let manifest: {exports?: unknown; module?: unknown; main?: unknown} = {};
	if (existsSync(join(directory, 'package.json'))) {
		try {
			manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as typeof manifest;
		} catch {
			return {missing: `${join(directory, 'package.json')} is not JSON`};
		}
	}
	const entry = exportedEntry(manifest.exports) ?? [manifest.module, manifest.main].find(field => typeof field === 'string') ?? 'index.js';
	const path = resolve(directory, entry as string);
	return existsSync(path) ? {url: pathToFileURL(path).href} : {missing: `no such file ${path}`};
}

function exportedEntry(exports: unknown): string | undefined {
	if (typeof exports === 'string') return exports;
	if (Array.isArray(exports)) return exports.map(exportedEntry).find(entry => entry !== undefined);
	if (typeof exports !== 'object' || exports === null) return undefined;
	const record = exports as Record<string, unknown>;
	if ('.' in record) return exportedEntry(record['.']);
	for (const condition of ['import', 'node', 'default']) {
		const entry = exportedEntry(record[condition]);
		if (entry !== undefined) return entry;
	}
	return undefined;
}
