import {z} from 'zod';
import {isGroupDimension} from './query.js';
import {SETTINGS_SHAPES} from './settings-shapes.js';
import {REPORTS_SETTINGS_SCHEMA} from './reports/report-settings.js';

const text = z.string({error: 'expected text'});
const filled = text.trim().min(1, 'expected text, not empty');

/** Each key the app reads, held to the shape its loader holds it to (settings-shapes.ts). */
const shaped = Object.fromEntries(
	Object.entries(SETTINGS_SHAPES).map(([key, shape]): [string, z.ZodUnknown] => [key, z.unknown().refine(value => shape.fits(value), {error: shape.expected})]),
) as Record<keyof typeof SETTINGS_SHAPES, z.ZodUnknown>;

const dimension = text.refine(isGroupDimension, {error: 'expected a dimension: SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, …'});

const budget = z.object(
	{
		name: z.string({error: 'expected a name'}).trim().min(1, 'expected a name'),
		monthlyAmount: z.number({error: 'expected a positive amount of dollars'}).positive('expected a positive amount of dollars'),
		scope: z
			.strictObject(
				{
					account: text.regex(/^\d{12}$/, 'expected a 12-digit AWS account id').optional(),
					service: filled.optional(),
					tag: z.strictObject({key: filled, value: text}, {error: 'expected {"key": …, "value": …}'}).optional(),
				},
				{error: 'expected an object with account, service or tag'},
			)
			.optional(),
	},
	{error: 'expected a budget: {"name", "monthlyAmount", "scope"}'},
);

const budgets = z.array(budget, {error: 'expected a list of budgets'}).superRefine((list, context) => {
	const seen = new Set<string>();
	if (!Array.isArray(list)) return;
	(list as readonly unknown[]).forEach((entry, index) => {
		const name = typeof entry === 'object' && entry !== null ? (entry as {name?: unknown}).name : undefined;
		if (typeof name !== 'string') return;
		const key = name.trim().toLowerCase();
		if (seen.has(key)) context.addIssue({code: 'custom', path: [index, 'name'], message: `"${name}" is used twice: budget names must differ`});
		seen.add(key);
	});
	// Checked even when another budget is wrong, so one run lists every problem.
}, {when: () => true});

const apiTokens = z.array(
	z.strictObject(
		{
			name: text.regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1-64 letters, digits, "_", "." or "-"'),
			scopes: z.array(z.enum(['read', 'ask', 'admin'], {error: 'expected read, ask or admin'})).min(1, 'expected at least one scope'),
			sha256: text.regex(/^[0-9a-f]{64}$/i, 'expected the secret\'s SHA-256 as 64 hex digits (printf %s "$SECRET" | sha256sum)'),
		},
		{error: 'expected a token: {"name", "scopes", "sha256"}'},
	),
	{error: 'expected a list of tokens'},
);

/** The whole settings file as `aws-cost config validate` checks it: each key's shape, then what it means. */
export const SETTINGS_FILE_SCHEMA = z.object({
	...shaped,
	drillPath: shaped.drillPath.pipe(z.array(dimension)),
	budgets,
	apiTokens,
	metricsOpen: z.boolean({error: 'expected true or false'}),
	// What `report`, `watch` and `serve --watch-config` deliver with (read by source/reports/report-settings.ts).
	reports: REPORTS_SETTINGS_SCHEMA,
}).partial();

/** Keys the file may hold that aws-cost reads; `//…` and `$comment` keys are comments. */
export const KNOWN_SETTINGS_KEYS: readonly string[] = Object.keys(SETTINGS_FILE_SCHEMA.shape);

export const isCommentKey = (key: string): boolean => key.startsWith('//') || key === '$comment';
