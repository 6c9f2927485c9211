const sgr = /\u001B\[([\d;]*)m/y;

/**
 * Rewrites a line so each run of same-coloured characters carries one colour
 * code instead of one per character (asciichart wraps every cell in colour
 * and reset). The terminal shows the same thing; Ink has far less to parse
 * on every frame.
 */
export function compactAnsi(line: string): string {
	let output = '';
	let wanted = '';
	let emitted = '';
	let index = 0;
	while (index < line.length) {
		sgr.lastIndex = index;
		const match = sgr.exec(line);
		if (match) {
			const code = match[1] ?? '';
			wanted = code === '' || code === '0' ? '' : match[0];
			index = sgr.lastIndex;
			continue;
		}
		if (wanted !== emitted) {
			output += wanted === '' ? '\u001B[0m' : (emitted === '' ? '' : '\u001B[0m') + wanted;
			emitted = wanted;
		}
		const codePoint = line.codePointAt(index)!;
		const character = String.fromCodePoint(codePoint);
		output += character;
		index += character.length;
	}
	return emitted === '' ? output : `${output}\u001B[0m`;
}
