/** The setups `aws-cost init --template` writes a settings file for. */
export const SETTINGS_TEMPLATES = ['single', 'profiles', 'organization', 'team-server'] as const;
export type SettingsTemplate = (typeof SETTINGS_TEMPLATES)[number];
export const isSettingsTemplate = (value: string): value is SettingsTemplate => (SETTINGS_TEMPLATES as readonly string[]).includes(value);

/*
 * JSON has no comments and the settings file is rewritten as JSON (budgets
 * add, the app's choices), so comments are keys starting with "//": they
 * survive those rewrites and every reader skips them.
 */
const intro = (what: string) => ({
	'//': `aws-cost settings (${what}). Keys starting with // are comments. Check this file with: aws-cost config validate`,
});

const budgetsComment = {
	'// budgets': 'Monthly budgets in dollars, for the whole bill (scope {}) or a scope: {"service": …}, {"account": "12 digits"}, {"tag": {"key": …, "value": …}}. aws-cost budgets add/remove edits this list; aws-cost now and budgets report on it.',
};

const common = {
	'// timeout': 'Seconds any one network request may take (AWS, Ollama, a remote model); --timeout and AWS_COST_TIMEOUT win.',
	timeout: 30,
};

const TEMPLATES: Readonly<Record<SettingsTemplate, Record<string, unknown>>> = {
	single: {
		...intro('template single: one AWS account'),
		'// defaultProfile': 'The AWS profile the app opens with when no --profile is given; remove it to use the default credential chain (AWS_PROFILE, SSO, env).',
		defaultProfile: 'default',
		...budgetsComment,
		budgets: [{name: 'Whole bill', monthlyAmount: 1000, scope: {}}],
		...common,
	},
	profiles: {
		...intro('template profiles: several accounts, one AWS profile each'),
		'// defaultProfile': 'The profile the app opens with; switch in the app, or compare them all with aws-cost query --all-profiles (or --profile A --profile B).',
		defaultProfile: 'prod',
		...budgetsComment,
		budgets: [
			{name: 'Compute', monthlyAmount: 5000, scope: {service: 'Amazon Elastic Compute Cloud - Compute'}},
			{name: 'Storage', monthlyAmount: 1500, scope: {service: 'Amazon Simple Storage Service'}},
		],
		'// drillPath': 'What Enter walks through in the app, in order.',
		drillPath: ['SERVICE', 'USAGE_TYPE', 'REGION'],
		...common,
	},
	organization: {
		...intro('template organization: the management account of an AWS Organization'),
		'// defaultProfile': 'A profile of the management (payer) account: it sees every linked account; narrow a command with --account ID.',
		defaultProfile: 'management',
		'// drillPath': 'Accounts first: Enter goes from an account to its services, usage types and regions.',
		drillPath: ['LINKED_ACCOUNT', 'SERVICE', 'USAGE_TYPE', 'REGION'],
		'// chartSeries': 'How many of the largest groups (accounts) the chart draws besides the total, 0 to 10.',
		chartSeries: 8,
		...budgetsComment,
		budgets: [
			{name: 'Organization', monthlyAmount: 50000, scope: {}},
			{name: 'Production account', monthlyAmount: 30000, scope: {account: '111111111111'}},
			{name: 'Team web', monthlyAmount: 4000, scope: {tag: {key: 'team', value: 'web'}}},
		],
		...common,
	},
	'team-server': {
		...intro('template team-server: aws-cost serve for a team'),
		'// apiTokens': 'Who may call the API: {"name", "scopes": ["read" | "ask" | "admin"], "sha256": the SHA-256 of the secret in hex}. Make one: SECRET=$(openssl rand -hex 32); printf %s "$SECRET" | sha256sum. Secrets are never stored. AWS_COST_API_TOKENS adds more.',
		apiTokens: [],
		'// metricsOpen': 'Whether /metrics answers without a token (for a Prometheus inside your network).',
		metricsOpen: false,
		'// provider': 'Who answers POST /api/v1/ask: offline (the built-in parser, no model), ollama or openai.',
		provider: 'offline',
		'// mcpMaxRequests': 'Billable Cost Explorer requests one MCP session may make.',
		mcpMaxRequests: 50,
		...budgetsComment,
		budgets: [{name: 'Whole bill', monthlyAmount: 20000, scope: {}}],
		...common,
	},
};

/** The settings file a template starts from, as the text `init` writes. */
export function settingsTemplateText(template: SettingsTemplate): string {
	return `${JSON.stringify(TEMPLATES[template], null, 2)}\n`;
}
