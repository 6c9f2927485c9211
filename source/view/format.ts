/**
 * Short money for axes and tight columns: "$1.2k", "$950.00", "-$3.4M", "12.5 GB".
 * `scale` (the largest value shown beside this one) picks one style for a whole axis.
 */
export function compactAmount(value: number, unit = 'USD', scale = Math.abs(value)): string {
	const negative = value < 0;
	const absolute = Math.abs(value);
	const scaled =
		scale >= 1e9
			? `${trim(absolute / 1e9)}B`
			: scale >= 1e6
				? `${trim(absolute / 1e6)}M`
				: scale >= 1e4
					? `${trim(absolute / 1e3)}k`
					: absolute.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});
	const sign = negative && scaled !== '0.00' ? '-' : '';
	return unit === 'USD' ? `${sign}$${scaled}` : `${sign}${scaled}${unit ? ` ${unit}` : ''}`;
}

const trim = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

const partialBlocks = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `width` cells wide filled to `share` (0–1), with eighth-cell precision. */
export function shareBar(share: number | null, width: number): string {
	if (width <= 0) return '';
	const clamped = Math.max(0, Math.min(1, share ?? 0));
	const eighths = Math.round(clamped * width * 8);
	const full = Math.floor(eighths / 8);
	const bar = '█'.repeat(full) + (partialBlocks[eighths % 8] ?? '');
	return bar.padEnd(width, ' ');
}

/** Cuts text to `width` cells with an ellipsis, then pads it (left-aligned by default). */
export function fitText(text: string, width: number, align: 'left' | 'right' = 'left'): string {
	if (width <= 0) return '';
	const chars = [...text];
	const cut = chars.length > width ? `${chars.slice(0, Math.max(0, width - 1)).join('')}…` : text;
	return align === 'left' ? cut.padEnd(width, ' ') : cut.padStart(width, ' ');
}
