/** The URL as it may be shown: no user or password. */
export function redactedUrl(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.username = '';
		parsed.password = '';
		return parsed.toString().replace(/\/$/, '');
	} catch {
		return 'the Redis URL';
	}
}

/** Whether `text` is a Redis URL the client can use; the one-line reason when not. */
export function redisUrlProblem(text: string): string | undefined {
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return 'it is not a URL';
	}
	if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') return 'it must start with redis:// or rediss://';
	if (url.hostname === '') return 'it names no host';
	return undefined;
}
