// Turns a terminal frame captured with its escape sequences (tmux capture-pane -e)
// into an SVG picture, so the README shows exactly what the terminal showed.

export interface CellStyle {
	readonly fg: string | undefined;
	readonly bg: string | undefined;
	readonly bold: boolean;
	readonly dim: boolean;
	readonly italic: boolean;
	readonly underline: boolean;
	readonly inverse: boolean;
}

export interface StyledRun {
	readonly text: string;
	readonly column: number;
	readonly style: CellStyle;
}

const PLAIN: CellStyle = {fg: undefined, bg: undefined, bold: false, dim: false, italic: false, underline: false, inverse: false};

/** xterm's 16 colours, as VS Code's dark terminal draws them. */
const BASE_COLORS = [
	'#000000', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5',
	'#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff',
];

/** A colour of xterm's 256-colour palette. */
export function xterm256(index: number): string {
	if (index < 16) return BASE_COLORS[index]!;
	if (index < 232) {
		const cube = index - 16;
		const level = (value: number) => (value === 0 ? 0 : 55 + value * 40);
		return rgb(level(Math.floor(cube / 36)), level(Math.floor(cube / 6) % 6), level(cube % 6));
	}
	const gray = 8 + (index - 232) * 10;
	return rgb(gray, gray, gray);
}

const rgb = (r: number, g: number, b: number) => `#${[r, g, b].map(value => value.toString(16).padStart(2, '0')).join('')}`;

/** Applies one SGR sequence's parameters to a style. */
export function applySgr(style: CellStyle, parameters: readonly number[]): CellStyle {
	let next = style;
	const codes = parameters.length === 0 ? [0] : parameters;
	for (let index = 0; index < codes.length; index++) {
		const code = codes[index]!;
		if (code === 0) next = PLAIN;
		else if (code === 1) next = {...next, bold: true};
		else if (code === 2) next = {...next, dim: true};
		else if (code === 3) next = {...next, italic: true};
		else if (code === 4) next = {...next, underline: true};
		else if (code === 7) next = {...next, inverse: true};
		else if (code === 22) next = {...next, bold: false, dim: false};
		else if (code === 23) next = {...next, italic: false};
		else if (code === 24) next = {...next, underline: false};
		else if (code === 27) next = {...next, inverse: false};
		else if (code >= 30 && code <= 37) next = {...next, fg: BASE_COLORS[code - 30]};
		else if (code >= 90 && code <= 97) next = {...next, fg: BASE_COLORS[code - 90 + 8]};
		else if (code >= 40 && code <= 47) next = {...next, bg: BASE_COLORS[code - 40]};
		else if (code >= 100 && code <= 107) next = {...next, bg: BASE_COLORS[code - 100 + 8]};
		else if (code === 39) next = {...next, fg: undefined};
		else if (code === 49) next = {...next, bg: undefined};
		else if (code === 38 || code === 48) {
			const mode = codes[index + 1];
			let color: string | undefined;
			if (mode === 5) {
				color = xterm256(codes[index + 2] ?? 0);
				index += 2;
			} else if (mode === 2) {
				color = rgb(codes[index + 2] ?? 0, codes[index + 3] ?? 0, codes[index + 4] ?? 0);
				index += 4;
			}
			next = code === 38 ? {...next, fg: color} : {...next, bg: color};
		}
	}
	return next;
}

/** Splits one captured line into runs of equally styled text with their columns. */
export function parseAnsiLine(line: string, initial: CellStyle = PLAIN): {runs: StyledRun[]; style: CellStyle} {
	const runs: StyledRun[] = [];
	let style = initial;
	let column = 0;
	let text = '';
	let runColumn = 0;
	const flush = () => {
		if (text) runs.push({text, column: runColumn, style});
		text = '';
		runColumn = column;
	};
	const pattern = /\x1b\[([0-9;]*)m|\x1b\[[0-9;?]*[A-Za-z]|([^\x1b]+)/g;
	for (const match of line.matchAll(pattern)) {
		if (match[1] !== undefined) {
			flush();
			style = applySgr(style, match[1] === '' ? [] : match[1].split(';').map(Number));
		} else if (match[2] !== undefined) {
			for (const character of match[2]) {
				text += character;
				column++;
			}
		}
	}
	flush();
	return {runs, style};
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export interface SvgOptions {
	readonly title: string;
	readonly background?: string;
	readonly foreground?: string;
}

/** The frame as an SVG: a background rect per coloured run, one <text> per run. */
export function ansiToSvg(frame: string, options: SvgOptions): string {
	const background = options.background ?? '#1e1e1e';
	const foreground = options.foreground ?? '#d4d4d4';
	const cellWidth = 8.4;
	const lineHeight = 17;
	const padding = 12;
	const lines = frame.replace(/\n+$/, '').split('\n');
	let style = PLAIN;
	const shapes: string[] = [];
	let columns = 0;
	lines.forEach((line, row) => {
		const parsed = parseAnsiLine(line, style);
		style = parsed.style;
		const y = padding + row * lineHeight;
		for (const run of parsed.runs) {
			const length = [...run.text].length;
			columns = Math.max(columns, run.column + length);
			const fg = (run.style.inverse ? run.style.bg ?? background : run.style.fg) ?? foreground;
			const bg = run.style.inverse ? run.style.fg ?? foreground : run.style.bg;
			const x = padding + run.column * cellWidth;
			if (bg) shapes.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${(length * cellWidth).toFixed(1)}" height="${lineHeight}" fill="${bg}"/>`);
			if (run.text.trim() === '') continue;
			const attributes = [
				`x="${x.toFixed(1)}"`,
				`y="${y + 13}"`,
				`fill="${fg}"`,
				run.style.bold ? 'font-weight="bold"' : '',
				run.style.dim ? 'opacity="0.6"' : '',
				run.style.italic ? 'font-style="italic"' : '',
				run.style.underline ? 'text-decoration="underline"' : '',
			].filter(Boolean);
			shapes.push(`<text ${attributes.join(' ')} textLength="${(length * cellWidth).toFixed(1)}" lengthAdjust="spacingAndGlyphs">${escapeXml(run.text)}</text>`);
		}
	});
	const width = Math.ceil(padding * 2 + columns * cellWidth);
	const height = padding * 2 + lines.length * lineHeight;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(options.title)}">`,
		`<title>${escapeXml(options.title)}</title>`,
		`<rect width="100%" height="100%" rx="6" fill="${background}"/>`,
		`<g font-family="'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="14" xml:space="preserve">`,
		...shapes,
		'</g>',
		'</svg>',
		'',
	].join('\n');
}
