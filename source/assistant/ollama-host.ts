const DEFAULT_PORT = '11434';

/** Where Ollama listens unless told otherwise. */
export const DEFAULT_OLLAMA_HOST = `http://127.0.0.1:${DEFAULT_PORT}`;

/** Addresses a server binds to ("every interface"), which a client reaches at the loopback address. */
const wildcardHosts: Readonly<Record<string, string>> = {'0.0.0.0': '127.0.0.1', '[::]': '[::1]'};

/**
 * The Ollama base URL from config, else `OLLAMA_HOST`, else 127.0.0.1:11434,
 * read the way the `ollama` CLI reads `OLLAMA_HOST`: a bare host or
 * host:port ("localhost", "0.0.0.0:11434", ":11434") means http with port
 * 11434; an explicit scheme without a port means that scheme's port. The
 * `ollama` package does not read the variable itself, hence this.
 */
export function resolveOllamaHost(configured: string | undefined, env: NodeJS.ProcessEnv): string {
	const text = (configured?.trim() || env['OLLAMA_HOST']?.trim() || DEFAULT_OLLAMA_HOST).replace(/\/+$/, '');
	const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
	const withScheme = hasScheme ? text : `http://${text.startsWith(':') ? `127.0.0.1${text}` : text}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		return DEFAULT_OLLAMA_HOST;
	}
	const port = url.port !== '' ? url.port : hasScheme ? (url.protocol === 'https:' ? '443' : '80') : DEFAULT_PORT;
	const hostname = wildcardHosts[url.hostname] ?? url.hostname;
	const path = url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '');
	return `${url.protocol}//${hostname}:${port}${path}`;
}
