import {appendFileSync} from 'node:fs';
import {join} from 'node:path';
import {PRIVATE_FILE_MODE, ensurePrivateDirectorySync, tightenFileSync} from './private-files.js';

export type Logger = (line: string) => void;

import {redactSecrets} from './redact-secrets.js';

export {redactSecrets};

/**
 * Appends timestamped, redacted lines to `<stateDir>/aws-cost.log`, private
 * to its owner (0600). Logging never breaks the app: a failing write is dropped.
 */
export function fileLogger(stateDir: string): Logger {
	const path = join(stateDir, 'aws-cost.log');
	let ready = false;
	return line => {
		try {
			if (!ready) {
				ensurePrivateDirectorySync(stateDir);
				tightenFileSync(path);
				ready = true;
			}
			appendFileSync(path, `${new Date().toISOString()} ${redactSecrets(line).replaceAll('\n', ' ')}\n`, {mode: PRIVATE_FILE_MODE});
		} catch {
			// The log is for details; losing one line must not cost the user their answer.
		}
	};
}

export const silentLogger: Logger = () => {};
