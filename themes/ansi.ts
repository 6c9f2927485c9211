import type {Colour} from './theme.js';

const namedForegrounds: Record<string, number> = {
	black: 30,
	red: 31,
	green: 32,
	yellow: 33,
	blue: 34,
	magenta: 35,
	cyan: 36,
	white: 37,
	gray: 90,
	grey: 90,
};

/**
 * The escape sequence that sets a colour token as the foreground, for text
 * drawn outside Ink's <Text> (asciichart's series). Undefined for no colour.
 */
export function ansiForeground(colour: Colour): string | undefined {
	if (colour === undefined) return undefined;
	const named = namedForegrounds[colour];
	if (named !== undefined) return `\u001B[${named}m`;
	const hex = /^#([\da-f]{2})([\da-f]{2})([\da-f]{2})$/i.exec(colour);
	if (hex) return `\u001B[38;2;${Number.parseInt(hex[1]!, 16)};${Number.parseInt(hex[2]!, 16)};${Number.parseInt(hex[3]!, 16)}m`;
	return undefined;
}
