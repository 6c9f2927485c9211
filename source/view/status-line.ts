/** How the two status rows are shared between a message, the chat label, the key hints and the spend. */
export interface StatusRows {
	/** The message's first row. */
	readonly first: string;
	/** What the message needs of the second row; empty when it fits on the first. */
	readonly second: string;
	/** Right of the message on the first row (who answers chat), when it fits. */
	readonly aside: string;
	/** The key hints, cut to the room left of the spend; empty while the message needs the row. */
	readonly hints: string;
	/** Requests and cache hits, right of the hints; dropped only when a message needs the whole second row. */
	readonly spend: string;
}

export interface StatusParts {
	readonly width: number;
	readonly message: string;
	readonly aside: string;
	readonly hints: string;
	readonly spend: string;
}

/** Cells a string takes, one per code point (the app's texts have no wide characters). */
const cells = (text: string): number => [...text].length;

/**
 * The first row of `text` at most `width` cells wide, broken at a space in
 * its second half, else inside the word (a long file path), and the rest.
 */
export function splitRow(text: string, width: number): [first: string, rest: string] {
	const chars = [...text.trim()];
	if (chars.length <= width) return [chars.join(''), ''];
	const space = chars.lastIndexOf(' ', width);
	// A space early in the row would waste most of it (before a long path): break the word instead.
	const at = space > width / 2 ? space : Math.max(0, width);
	return [chars.slice(0, at).join('').trimEnd(), chars.slice(at).join('').trim()];
}

function cut(text: string, width: number): string {
	if (width <= 0) return '';
	const chars = [...text];
	return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/**
 * The message takes the whole first row and, when longer, the second row
 * too: beside the spend while that leaves it room, else the whole row.
 * Only a message longer than two rows is cut.
 */
export function statusRows({width, message, aside, hints, spend}: StatusParts): StatusRows {
	const [first, rest] = splitRow(message, width);
	const spendRoom = width - cells(spend) - 1;
	if (rest === '') {
		const asideFits = aside !== '' && cells(first) + 2 + cells(aside) <= width;
		return {first, second: '', aside: asideFits ? aside : '', hints: cut(hints, spendRoom - 1), spend};
	}
	if (cells(rest) <= spendRoom) return {first, second: rest, aside: '', hints: '', spend};
	return {first, second: cut(rest, width), aside: '', hints: '', spend: ''};
}

/** Why the app shows the demo when nobody asked for it; the README's "Your AWS account" section says more. */
export const NO_CREDENTIALS_NOTE = 'Demo data: no AWS credentials found · run `aws configure` or set AWS_PROFILE, then restart';
