/**
 * The first row of a scrolling window of `visible` rows over `total`, moved
 * as little as possible from `previousStart` to keep the cursor in view (the
 * list scrolls only when the cursor reaches an edge, like a pager).
 */
export function windowStart(cursor: number, previousStart: number, visible: number, total: number): number {
	if (visible <= 0 || total <= visible) return 0;
	const maxStart = total - visible;
	let start = Math.min(Math.max(0, previousStart), maxStart);
	if (cursor < start) start = cursor;
	else if (cursor >= start + visible) start = cursor - visible + 1;
	return Math.min(Math.max(0, start), maxStart);
}
