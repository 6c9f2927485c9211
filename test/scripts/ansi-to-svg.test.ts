import {describe, expect, it} from 'vitest';
import {ansiToSvg, applySgr, parseAnsiLine, xterm256} from '../../scripts/ansi-to-svg.js';

const plain = parseAnsiLine('').style;

describe('ANSI to SVG', () => {
	it('splits a line into styled runs with their columns', () => {
		const {runs} = parseAnsiLine('ab\x1b[1;31mcd\x1b[0m e');
		expect(runs.map(run => [run.text, run.column, run.style.bold, run.style.fg])).toEqual([
			['ab', 0, false, undefined],
			['cd', 2, true, '#cd3131'],
			[' e', 4, false, undefined],
		]);
	});
	it.each<[number[], Partial<ReturnType<typeof applySgr>>]>([
		[[38, 5, 196], {fg: '#ff0000'}],
		[[48, 2, 1, 2, 3], {bg: '#010203'}],
		[[92], {fg: '#23d18b'}],
		[[7], {inverse: true}],
		[[1, 22], {bold: false}],
	])('SGR %j', (codes, expected) => {
		expect(applySgr(plain, codes)).toMatchObject(expected);
	});
	it('maps the 256-colour grays', () => {
		expect(xterm256(232)).toBe('#080808');
		expect(xterm256(255)).toBe('#eeeeee');
	});
	it('keeps styles across lines and escapes XML', () => {
		const svg = ansiToSvg('\x1b[32m<ok>\nstill green\x1b[0m', {title: 'demo & co'});
		expect(svg).toContain('&lt;ok&gt;');
		expect(svg.match(/fill="#0dbc79"/g)).toHaveLength(2);
		expect(svg).toContain('<title>demo &amp; co</title>');
	});
});
