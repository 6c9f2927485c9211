/**
 * The drill trail fitted to `width` cells, cut from the left: the levels
 * nearest the view and the "by …" tail stay, the root goes first ("… › EC2 › by REGION").
 */
export function breadcrumbText(parts: readonly string[], tail: string, width: number): {trail: string; tail: string} {
	const cells = (text: string) => [...text].length;
	const full = parts.join(' › ');
	if (cells(full) + cells(tail) <= width) return {trail: full, tail};
	for (let first = 1; first < parts.length; first++) {
		const trail = ['…', ...parts.slice(first)].join(' › ');
		if (cells(trail) + cells(tail) <= width) return {trail, tail};
	}
	// Only the current level left: cut it from its left too, keeping the "by …" tail whole when it can.
	const last = parts.at(-1) ?? '';
	const room = Math.max(1, width - cells(tail));
	const chars = [...last];
	const trail = chars.length <= room ? last : `…${chars.slice(chars.length - room + 1).join('')}`;
	const tailChars = [...tail];
	return {trail, tail: cells(trail) + tailChars.length <= width ? tail : tailChars.slice(0, Math.max(0, width - cells(trail))).join('')};
}
