import {describe, expect, it} from 'vitest';
import {namedExports} from '../source/module-interop.js';

describe('namedExports', () => {
	const exports = {fromEnv: () => 'env', fromIni: () => 'ini'};
	it('keeps what Node gives: named exports beside a default', () => {
		const module = {default: exports, ...exports};
		expect(namedExports(module)).toBe(module);
	});
	it('unwraps what an esbuild split chunk gives: only a default', () => {
		expect(namedExports({default: exports} as unknown as typeof exports)).toBe(exports);
	});
	it('unwraps what Node 23+ gives for undetectable CommonJS (sqlite3): a default and "module.exports"', () => {
		expect(namedExports({default: exports, 'module.exports': exports} as unknown as typeof exports)).toBe(exports);
	});
	it('leaves an ES module whose only export is a default function alone', () => {
		const module = {default: () => 'only'};
		expect(namedExports(module)).toBe(module);
	});
});
