/** The operational knobs the CLI checks before it loads the server (no Fastify, no pino here). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const isLogLevel = (value: string): value is LogLevel => (LOG_LEVELS as readonly string[]).includes(value);

export interface RateLimitOptions {
	/** Requests each token (or, on an open server, each client address) may make per window. */
	readonly max: number;
	readonly windowMs: number;
}

/** The CLI's default: generous for dashboards and scripts, a brake on a runaway loop. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = {max: 600, windowMs: 60_000};
