export interface StartupFrameOptions {
	readonly columns: number;
	readonly rows: number;
	/** Shown in the header when already known (`DEMO` with --demo). */
	readonly badge?: string;
}

/**
 * The screen painted before the app's modules load: the header, an empty
 * frame where the chart and table will be, and what is happening. Plain
 * text, no colors (the theme is not loaded yet), never larger than the terminal.
 */
export function startupFrame({columns, rows, badge}: StartupFrameOptions): string {
	const width = Math.max(0, Math.floor(columns));
	const height = Math.max(0, Math.floor(rows));
	const fit = (text: string) => text.slice(0, width);
	const header = fit(badge === undefined ? ' aws-cost' : ` ${badge}  aws-cost`);
	if (width < 20 || height < 6) return [header, fit(' Loading…')].slice(0, height).join('\n');
	const inner = width - 2;
	const lines = [header, '', `╭${'─'.repeat(inner)}╮`, `│${' Loading…'.padEnd(inner)}│`];
	while (lines.length < height - 2) lines.push(`│${' '.repeat(inner)}│`);
	lines.push(`╰${'─'.repeat(inner)}╯`, fit(' q quits'));
	return lines.join('\n');
}
