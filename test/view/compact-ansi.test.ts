import {stripVTControlCharacters} from 'node:util';
import {expect, test} from 'vitest';
import {compactAnsi} from '../../source/view/compact-ansi.js';

const cyan = '\u001B[36m';
const red = '\u001B[31m';
const reset = '\u001B[0m';

test.each([
	['plain text', 'plain text'],
	[`${cyan}─${reset}${cyan}─${reset}${cyan}╮${reset}`, `${cyan}──╮${reset}`],
	[`a${cyan}─${reset}${red}─${reset}b`, `a${cyan}─${reset}${red}─${reset}b`],
	[`${cyan}${reset}x`, 'x'],
	[`$1.00 ┤${cyan}╭${reset} `, `$1.00 ┤${cyan}╭${reset} `],
])('%j → %j', (line, compacted) => {
	expect(compactAnsi(line)).toBe(compacted);
	expect(stripVTControlCharacters(compactAnsi(line))).toBe(stripVTControlCharacters(line));
});
