/** How a piece of a chat line is drawn; the pane maps these to theme tokens. */
export type SpanStyle = 'plain' | 'bold' | 'italic' | 'code' | 'dim';

export interface Span {
	readonly text: string;
	readonly style: SpanStyle;
}

/** One screen line, already wrapped or cut to the width it was made for. */
export type StyledLine = readonly Span[];

const cells = (text: string): number => [...text].length;

/** Cuts text to `width` cells, ending with an ellipsis when it had to cut. */
function cut(text: string, width: number): string {
	if (width <= 0) return '';
	const chars = [...text];
	return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

const inlinePattern = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1|`([^`]+)`|(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])/g;

/** Bold, inline code and italics within one line; everything else is plain. */
export function inlineSpans(text: string, base: SpanStyle = 'plain'): Span[] {
	const spans: Span[] = [];
	let last = 0;
	for (const match of text.matchAll(inlinePattern)) {
		if (match.index > last) spans.push({text: text.slice(last, match.index), style: base});
		if (match[2] !== undefined) spans.push({text: match[2], style: 'bold'});
		else if (match[3] !== undefined) spans.push({text: match[3], style: 'code'});
		else spans.push({text: match[4]!, style: base === 'plain' ? 'italic' : base});
		last = match.index + match[0].length;
	}
	if (last < text.length) spans.push({text: text.slice(last), style: base});
	return spans;
}

/** The text of spans without their markers, for measuring table cells. */
const plainText = (spans: readonly Span[]): string => spans.map(span => span.text).join('');

/**
 * Word-wraps spans to `width`, keeping each word's style. `indent` starts
 * the first line (a bullet), `hang` every line after it; a word longer than
 * a line is split.
 */
export function wrapSpans(spans: readonly Span[], width: number, indent: readonly Span[] = [], hang = ''): StyledLine[] {
	const lines: Span[][] = [];
	let line: Span[] = [...indent];
	let used = cells(plainText(indent));
	const start = (): void => {
		lines.push(line);
		line = hang === '' ? [] : [{text: hang, style: 'plain'}];
		used = cells(hang);
	};
	const append = (text: string, style: SpanStyle): void => {
		const previous = line.at(-1);
		if (previous !== undefined && previous.style === style) line[line.length - 1] = {text: previous.text + text, style};
		else line.push({text, style});
		used += cells(text);
	};
	const room = Math.max(cells(hang) + 1, width);
	for (const span of spans) {
		for (const word of span.text.split(/(\s+)/)) {
			if (word === '') continue;
			if (/^\s+$/.test(word)) {
				if (used > cells(hang) && used < room) append(' ', span.style);
				continue;
			}
			let rest = [...word];
			while (rest.length > 0) {
				const free = room - used;
				if (rest.length <= free) {
					append(rest.join(''), span.style);
					rest = [];
				} else if (used > cells(hang) || free <= 0) {
					trimEnd(line);
					start();
				} else {
					append(rest.slice(0, free).join(''), span.style);
					rest = rest.slice(free);
				}
			}
		}
	}
	trimEnd(line);
	lines.push(line);
	return lines;
}

function trimEnd(line: Span[]): void {
	const last = line.at(-1);
	if (last !== undefined && /\s$/.test(last.text)) {
		const text = last.text.trimEnd();
		if (text === '') line.pop();
		else line[line.length - 1] = {text, style: last.style};
	}
}

const tableRow = (line: string): boolean => /^\s*\|.*\|\s*$/.test(line);
const separatorCell = (cell: string): boolean => /^:?-+:?$/.test(cell.trim());
const numericCell = (cell: string): boolean => /^[-+]?[$€£]?[-+]?[\d,]+(\.\d+)?\s*(%|[kMB]|USD)?$/.test(cell.trim()) || cell.trim() === '';

function splitRow(line: string): string[] {
	return line
		.trim()
		.replace(/^\|/, '')
		.replace(/\|$/, '')
		.split('|')
		.map(cell => cell.trim());
}

/**
 * A pipe table with aligned columns: numbers right-aligned, the widest
 * columns narrowed (cells cut with an ellipsis) until the table fits.
 */
export function tableLines(rows: readonly string[], width: number): StyledLine[] {
	const parsed = rows.map(splitRow);
	const separatorIndex = parsed.findIndex(row => row.length > 0 && row.every(separatorCell));
	const header = separatorIndex === 1 ? parsed[0] : undefined;
	const body = parsed.filter((_, index) => index !== separatorIndex && !(header !== undefined && index === 0));
	const columnCount = Math.max(...parsed.map(row => row.length));
	const text = (row: readonly string[], column: number): string => plainText(inlineSpans(row[column] ?? ''));
	const gap = 2;
	const widths = Array.from({length: columnCount}, (_, column) =>
		Math.max(...[...(header ? [header] : []), ...body].map(row => cells(text(row, column)))),
	);
	const alignRight = widths.map((_, column) => body.length > 0 && body.every(row => numericCell(text(row, column))));
	let total = widths.reduce((sum, value) => sum + value, 0) + gap * (columnCount - 1);
	while (total > width) {
		const widest = widths.indexOf(Math.max(...widths));
		if (widths[widest]! <= 3) break;
		widths[widest]! -= 1;
		total -= 1;
	}
	const render = (row: readonly string[], style: SpanStyle): StyledLine => {
		const line = widths
			.map((columnWidth, column) => {
				const value = cut(text(row, column), columnWidth);
				return alignRight[column] ? value.padStart(columnWidth) : value.padEnd(columnWidth);
			})
			.join(' '.repeat(gap))
			.trimEnd();
		return [{text: cut(line, width), style}];
	};
	const lines: StyledLine[] = [];
	if (header !== undefined) {
		lines.push(render(header, 'bold'));
		lines.push([{text: '─'.repeat(Math.min(width, total)), style: 'dim'}]);
	}
	for (const row of body) lines.push(render(row, 'plain'));
	return lines;
}

const fence = /^\s*(```|~~~)/;
const listItem = /^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$/;
const heading = /^#{1,6}\s+(.*)$/;
const rule = /^\s*([-*_])(\s*\1){2,}\s*$/;

/**
 * A model's markdown answer as lines for a pane `width` cells wide: bold,
 * inline code, italics, headings, bullet and numbered lists (hanging
 * indents), fenced code (cut, not wrapped), quotes and pipe tables. Single
 * line breaks are kept: chat answers use them as line breaks. An unclosed
 * fence (a streaming answer) is code to the end.
 */
export function markdownLines(markdown: string, width: number): StyledLine[] {
	const source = markdown.replace(/\r\n?/g, '\n').split('\n');
	const lines: StyledLine[] = [];
	const blank = (): void => {
		if (lines.length > 0 && lines.at(-1)!.length > 0) lines.push([]);
	};
	for (let index = 0; index < source.length; index++) {
		const line = source[index]!;
		if (fence.test(line)) {
			const marker = fence.exec(line)![1]!;
			for (index++; index < source.length && !source[index]!.trim().startsWith(marker); index++) {
				lines.push([{text: cut(`  ${source[index]!.replace(/\t/g, '  ')}`, width), style: 'code'}]);
			}
			continue;
		}
		if (tableRow(line)) {
			const rows = [line];
			while (index + 1 < source.length && tableRow(source[index + 1]!)) rows.push(source[++index]!);
			lines.push(...tableLines(rows, width));
			continue;
		}
		if (line.trim() === '') {
			blank();
			continue;
		}
		if (rule.test(line)) {
			lines.push([{text: '─'.repeat(width), style: 'dim'}]);
			continue;
		}
		const title = heading.exec(line);
		if (title) {
			lines.push(...wrapSpans(inlineSpans(title[1]!, 'bold'), width));
			continue;
		}
		const item = listItem.exec(line);
		if (item) {
			const depth = Math.min(4, Math.floor(item[1]!.replace(/\t/g, '  ').length / 2));
			const marker = /\d/.test(item[2]!) ? item[2]! : '•';
			const indent = `${'  '.repeat(depth)}${marker} `;
			lines.push(...wrapSpans(inlineSpans(item[3]!), width, [{text: indent, style: 'plain'}], ' '.repeat(cells(indent))));
			continue;
		}
		const quote = /^\s*>\s?(.*)$/.exec(line);
		if (quote) {
			lines.push(...wrapSpans(inlineSpans(quote[1]!, 'dim'), width, [{text: '│ ', style: 'dim'}], '│ '));
			continue;
		}
		lines.push(...wrapSpans(inlineSpans(line.trim()), width));
	}
	while (lines.length > 0 && lines.at(-1)!.length === 0) lines.pop();
	return lines;
}
