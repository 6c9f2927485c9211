/** A failed /api/v1 call: the problem's one-line `detail`, its status and kind. */
export class ApiError extends Error {
	readonly status: number;
	readonly kind: string | undefined;
	constructor(status: number, message: string, kind?: string) {
		super(message);
		this.name = 'ApiError';
		this.status = status;
		this.kind = kind;
	}
}

const TOKEN_KEY = 'aws-cost-token';

/** The token typed into the login field: this tab only (session storage), never a cookie. */
export const savedToken = (): string | null => sessionStorage.getItem(TOKEN_KEY);
export const saveToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);
export const forgetToken = (): void => sessionStorage.removeItem(TOKEN_KEY);

/** Headers every call sends: the bearer token when one was given. */
export function authHeaders(extra: Record<string, string> = {}): Record<string, string> {
	const token = savedToken();
	return token === null ? extra : {...extra, authorization: `Bearer ${token}`};
}

/** The problem+json `detail`, or the status line when the body is not a problem. */
export async function apiFailure(response: Response): Promise<ApiError> {
	let detail = `${response.status} ${response.statusText}`;
	let kind: string | undefined;
	try {
		const body = (await response.json()) as {detail?: unknown; kind?: unknown};
		if (typeof body.detail === 'string') detail = body.detail;
		if (typeof body.kind === 'string') kind = body.kind;
	} catch {
		// Not JSON: the status line says enough.
	}
	return new ApiError(response.status, detail, kind);
}

/** GET /api/v1/<path>?<parameters> as JSON; a failure throws ApiError (401: the token is missing or wrong). */
export async function apiGet(path: string, parameters?: URLSearchParams, signal?: AbortSignal): Promise<unknown> {
	const query = parameters === undefined || parameters.size === 0 ? '' : `?${parameters.toString()}`;
	const response = await fetch(`/api/v1/${path}${query}`, {headers: authHeaders({accept: 'application/json'}), ...(signal === undefined ? {} : {signal})});
	if (!response.ok) throw await apiFailure(response);
	return response.json();
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** What a person reads for a failure: the server's line, or the network's. */
export const failureText = (error: unknown): string =>
	error instanceof ApiError ? error.message : error instanceof Error ? `The server could not be reached: ${error.message}` : String(error);
