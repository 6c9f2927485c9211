/**
 * What a person typed, quoted for a one-line message: control characters
 * (newlines, ESC, DEL, C1) are written as escapes, so an error that echoes
 * the input stays one line and cannot drive the terminal.
 */
export function quoteInput(text: string): string {
	return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
