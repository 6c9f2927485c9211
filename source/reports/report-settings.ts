import {z} from 'zod';
import {readConfigFile} from '../config-file.js';
import {badInput} from '../errors.js';

/**
 * Where reports go and how, from the settings file's `reports` key (the
 * file is 0600) with environment variables winning: secrets may live in
 * either, never on a command line a process list shows.
 */
export interface DeliverySettings {
	readonly slackWebhookUrl?: string;
	readonly webhookUrl?: string;
	/** Signs webhook bodies (X-Aws-Cost-Signature: sha256=HMAC). */
	readonly webhookSecret?: string;
	readonly smtp: {
		readonly host?: string;
		readonly port?: number;
		readonly secure?: boolean;
		readonly user?: string;
		readonly password?: string;
		readonly from?: string;
	};
	readonly retries: number;
	readonly backoffMs: number;
}

export const REPORTS_SETTINGS_SCHEMA = z
	.object({
		slackWebhookUrl: z.string().min(1).optional(),
		webhookUrl: z.string().min(1).optional(),
		webhookSecret: z.string().min(1).optional(),
		smtp: z
			.object({
				host: z.string().min(1).optional(),
				port: z.number().int().min(1).max(65_535).optional(),
				secure: z.boolean().optional(),
				user: z.string().min(1).optional(),
				password: z.string().min(1).optional(),
				from: z.string().min(3).optional(),
			})
			.strict()
			.optional(),
		retries: z.number().int().min(0).max(10).optional(),
		backoffSeconds: z.number().min(0).max(300).optional(),
	})
	.strict();

/** The `reports` settings and the AWS_COST_* variables over them; a bad entry is one line with its path. */
export function loadDeliverySettings(configDir: string, env: NodeJS.ProcessEnv): DeliverySettings {
	const read = readConfigFile(configDir);
	if (!read.ok) throw badInput(`The settings file cannot be read (${read.problem}): fix or remove it.`);
	const parsed = REPORTS_SETTINGS_SCHEMA.safeParse(read.values['reports'] ?? {});
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw badInput(`Settings: reports.${issue.path.join('.')}: ${issue.message}.`);
	}
	const file = parsed.data;
	const variable = (name: string): string | undefined => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
	const portText = variable('AWS_COST_SMTP_PORT');
	const port = portText === undefined ? file.smtp?.port : Number(portText);
	if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65_535)) throw badInput('AWS_COST_SMTP_PORT must be a port number, 1 to 65535.');
	const secureText = variable('AWS_COST_SMTP_SECURE');
	const pick = <T>(...values: (T | undefined)[]): T | undefined => values.find(value => value !== undefined);
	const smtp = {
		host: pick(variable('AWS_COST_SMTP_HOST'), file.smtp?.host),
		port,
		secure: secureText === undefined ? file.smtp?.secure : secureText === 'true' || secureText === '1',
		user: pick(variable('AWS_COST_SMTP_USER'), file.smtp?.user),
		password: pick(variable('AWS_COST_SMTP_PASSWORD'), file.smtp?.password),
		from: pick(variable('AWS_COST_SMTP_FROM'), file.smtp?.from),
	};
	const settings = {
		slackWebhookUrl: pick(variable('AWS_COST_SLACK_WEBHOOK_URL'), file.slackWebhookUrl),
		webhookUrl: pick(variable('AWS_COST_WEBHOOK_URL'), file.webhookUrl),
		webhookSecret: pick(variable('AWS_COST_WEBHOOK_SECRET'), file.webhookSecret),
		smtp: Object.fromEntries(Object.entries(smtp).filter(([, value]) => value !== undefined)),
		retries: file.retries ?? 3,
		backoffMs: (file.backoffSeconds ?? 1) * 1000,
	};
	return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as unknown as DeliverySettings;
}

/** Every secret the settings hold, so text can be scrubbed of them before it is printed or logged. */
export function deliverySecrets(settings: DeliverySettings): string[] {
	return [settings.slackWebhookUrl, settings.webhookUrl, settings.webhookSecret, settings.smtp.password].filter((value): value is string => value !== undefined && value.length >= 4);
}
