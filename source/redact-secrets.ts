/** Secret-masking without file access, so the browser page can share errors.ts. */
const accessKeyId = /\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g;
const namedSecret =
	/(aws_secret_access_key|aws_session_token|secretaccesskey|sessiontoken|accesstoken|authorization|x-amz-security-token|x-amz-signature|signature|credential|api[_-]?key|bearer)(["'\s:=]+)[^\s"',}&]+/gi;
/** Base64-ish runs as long as a secret key (40) or longer: session tokens, secret keys, signed blobs. */
const longToken = /[A-Za-z0-9/+=]{40,}/g;
const looksSecret = (run: string): boolean => /[A-Z]/.test(run) && /[a-z]/.test(run) && /\d/.test(run);
/** Variables whose values are secrets wherever they turn up, even short or oddly shaped. */
const SECRET_VARIABLES = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN', 'AWS_COST_OPENAI_API_KEY', 'OPENAI_API_KEY'];

/**
 * Removes access key ids, secret keys, session tokens, signatures and
 * Authorization values from text before it is written anywhere (stderr, the
 * log, the app): by name, by shape (a long mixed-case base64 run), and by
 * value (what the secret variables in `env` hold).
 */
export function redactSecrets(line: string, env: NodeJS.ProcessEnv = typeof process === 'undefined' ? {} : process.env): string {
	let text = line;
	for (const name of SECRET_VARIABLES) {
		const value = env[name];
		if (value !== undefined && value.length >= 6) text = text.replaceAll(value, '[redacted]');
	}
	return text
		.replace(accessKeyId, '[redacted]')
		.replace(namedSecret, '$1$2[redacted]')
		.replace(longToken, run => (looksSecret(run) ? '[redacted]' : run));
}

