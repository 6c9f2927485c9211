import {appendFileSync} from 'node:fs';
import {join} from 'node:path';
import {PRIVATE_FILE_MODE, ensurePrivateDirectorySync, tightenFileSync} from './private-files.js';

export type Logger = (line: string) => void;

const accessKeyId = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
const namedSecret =
	/(aws_secret_access_key|aws_session_token|secretaccesskey|sessiontoken|accesstoken|authorization|x-amz-security-token|api[_-]?key|bearer)(["'\s:=]+)[^\s"',}]+/gi;

/** Removes access key ids, secrets, tokens and Authorization values from a log line. */
export function redactSecrets(line: string): string {
	return line.replace(accessKeyId, '[redacted]').replace(namedSecret, '$1$2[redacted]');
}

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
