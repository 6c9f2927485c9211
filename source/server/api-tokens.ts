import {createHash, timingSafeEqual} from 'node:crypto';
import {z} from 'zod';
import {readConfigFile} from '../config-file.js';
import {badInput} from '../errors.js';

/** What a token may do: read figures, ask the chat, or change budgets and the cache. */
export const API_SCOPES = ['read', 'ask', 'admin'] as const;
export type ApiScope = (typeof API_SCOPES)[number];
const isApiScope = (value: string): value is ApiScope => (API_SCOPES as readonly string[]).includes(value);

/** A configured token as the server holds it: a name for logs and limits, its scopes, the SHA-256 of its secret. */
export interface ApiToken {
	readonly name: string;
	readonly scopes: ReadonlySet<ApiScope>;
	readonly sha256: Buffer;
}

/** Secrets shorter than this are refused: a bearer token must not be guessable. */
export const MIN_SECRET_LENGTH = 24;
const NAME = /^[A-Za-z0-9_.-]{1,64}$/;

export const sha256 = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

function parseScopes(text: string, where: string): ReadonlySet<ApiScope> {
	const scopes = text.split('+').map(scope => scope.trim());
	const unknown = scopes.filter(scope => !isApiScope(scope));
	if (unknown.length > 0 || scopes.length === 0) throw badInput(`${where}: scope "${unknown[0] ?? ''}" is not one of ${API_SCOPES.join(', ')}.`);
	return new Set(scopes as ApiScope[]);
}

/**
 * `AWS_COST_API_TOKENS`: comma-separated `name:scope+scope:secret` entries,
 * e.g. `grafana:read:…,ops:read+admin:…`. The secret is everything after the
 * second colon; it is hashed at once and never kept.
 */
export function parseTokenList(text: string): ApiToken[] {
	return text
		.split(',')
		.map(entry => entry.trim())
		.filter(entry => entry !== '')
		.map((entry, index) => {
			const where = `AWS_COST_API_TOKENS entry ${index + 1}`;
			const first = entry.indexOf(':');
			const second = first < 0 ? -1 : entry.indexOf(':', first + 1);
			if (second < 0) throw badInput(`${where} must look like name:scope+scope:secret.`);
			const name = entry.slice(0, first);
			const secret = entry.slice(second + 1);
			if (!NAME.test(name)) throw badInput(`${where}: the name must be 1-64 letters, digits, "_", "." or "-".`);
			if (secret.length < MIN_SECRET_LENGTH) throw badInput(`${where} (${name}): the secret must be at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32 makes one).`);
			return {name, scopes: parseScopes(entry.slice(first + 1, second), where), sha256: sha256(secret)};
		});
}

/** The settings file holds hashes only: `"apiTokens": [{"name", "scopes": [...], "sha256": "<hex of the secret's SHA-256>"}]`. */
const settingsTokens = z.array(
	z.strictObject({
		name: z.string().regex(NAME),
		scopes: z.array(z.enum(API_SCOPES)).min(1),
		sha256: z.string().regex(/^[0-9a-f]{64}$/i),
	}),
);

export function parseSettingsTokens(value: unknown): ApiToken[] {
	const parsed = settingsTokens.safeParse(value);
	if (!parsed.success) {
		const [issue] = parsed.error.issues;
		throw badInput(`Settings apiTokens${issue === undefined || issue.path.length === 0 ? '' : `.${issue.path.join('.')}`}: ${issue?.message ?? 'not valid'}.`);
	}
	return parsed.data.map(token => ({name: token.name, scopes: new Set(token.scopes), sha256: Buffer.from(token.sha256, 'hex')}));
}

export interface ApiAccess {
	readonly tokens: readonly ApiToken[];
	/** `/metrics` without a token (`--metrics-open` or `"metricsOpen": true`). */
	readonly metricsOpen: boolean;
}

/** The tokens of `AWS_COST_API_TOKENS` and of the settings file together; a name used twice is refused. */
export function loadApiAccess(env: NodeJS.ProcessEnv, settingsDirectory: string, flags: {readonly metricsOpen?: boolean} = {}): ApiAccess {
	const read = readConfigFile(settingsDirectory);
	if (!read.ok) throw badInput(`The settings file cannot be read (${read.problem}), so its API tokens are unknown.`);
	const tokens = [...parseTokenList(env['AWS_COST_API_TOKENS'] ?? ''), ...(read.values['apiTokens'] === undefined ? [] : parseSettingsTokens(read.values['apiTokens']))];
	const names = tokens.map(token => token.name);
	const twice = names.find((name, index) => names.indexOf(name) !== index);
	if (twice !== undefined) throw badInput(`API token name "${twice}" is used twice: names tell tokens apart in logs and limits.`);
	const metricsOpen = read.values['metricsOpen'];
	if (metricsOpen !== undefined && typeof metricsOpen !== 'boolean') throw badInput('Settings metricsOpen must be true or false.');
	return {tokens, metricsOpen: flags.metricsOpen === true || metricsOpen === true};
}

/**
 * The token whose secret is `presented`, compared by hash in constant time:
 * every configured token is compared, whichever matches.
 */
export function findToken(tokens: readonly ApiToken[], presented: string): ApiToken | undefined {
	const hash = sha256(presented);
	let found: ApiToken | undefined;
	for (const token of tokens) if (timingSafeEqual(token.sha256, hash) && found === undefined) found = token;
	return found;
}
