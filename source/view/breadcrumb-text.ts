import {shortServiceName} from './service-names.js';

/**
 * The drill trail fitted to `width` cells: service names shortened, then
 * cut from the left, so the levels nearest the view and the "by …" tail
 * stay and the root goes first ("… › SERVICE: EC2 › by REGION").
 */
export function breadcrumbText(wholeParts: readonly string[], tail: string, width: number): {trail: string; tail: string} {
	const cells = (text: string) => [...text].length;
	const full = wholeParts.join(' › ');
	if (cells(full) + cells(tail) <= width) return {trail: full, tail};
	// Short service names first ("SERVICE: EC2"), then levels from the left.
	const parts = wholeParts.map(part => part.replace(/^(SERVICE: )(.+)$/, (_, label: string, name: string) => `${label}${shortServiceName(name)}`));
	for (let first = 0; first < parts.length; first++) {
		const trail = [...(first === 0 ? [] : ['…']), ...parts.slice(first)].join(' › ');
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
