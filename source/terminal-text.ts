// ESC-introduced sequences: CSI (colours, cursor moves), OSC (titles, hyperlinks), DCS/PM/APC
// strings, and two-byte escapes; plus the one-byte C1 CSI. Removed whole, so no stray "[31m".
const escapeSequence =
	/\u001B\[[0-?]*[ -/]*[@-~]|\u001B[\]PX^_][^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?|\u001B[ -/]*[0-~]?|\u009B[0-?]*[ -/]*[@-~]/g;
// C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
const controlCharacter = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;
const controlExceptBreaks = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text from data or a remote server made safe for one terminal line: escape
 * sequences and control characters removed, line breaks and tabs turned into
 * spaces. Every terminal sink (tables, stderr lines, the app) uses this one.
 */
export function terminalText(text: string): string {
	return text.replace(escapeSequence, '').replace(/[\t\n\r\v\f\u2028\u2029]+/g, ' ').replace(controlCharacter, '');
}

/** The same for text that may span lines (a chat answer): line breaks kept, "\r\n" made "\n". */
export function terminalLines(text: string): string {
	return text
		.replace(escapeSequence, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, ' ')
		.split('\n')
		.map(line => line.replace(controlCharacter, ''))
		.join('\n');
}

/** Escape sequences and control characters removed, but tabs and line breaks kept (CSV cells). */
export function withoutEscapes(text: string): string {
	return text.replace(escapeSequence, '').replace(controlExceptBreaks, '');
}

