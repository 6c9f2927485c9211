/** One help line per flag the commands share, so every command's --help says the same thing. */
export const OPTION_HELP = {
	fromTo: '  --from D --to D       inclusive dates, YYYY-MM-DD',
	metric: '  --metric M            UnblendedCost (default), AmortizedCost, NetAmortizedCost, …',
	filter: '  --filter DIM=V[,V]    keep only these values (DIM!=V excludes); repeat to combine',
	excludeCredits: '  --exclude-credits     leave out credits and refunds',
	profile: '  --profile P           AWS profile; repeat for several, or --all-profiles',
	account: '  --account ID          narrow to one linked account',
	demo: '  --demo                use the built-in demo organization',
	source: '  --source S            demo, aws, parquet:GLOB (CUR 2.0 / FOCUS files) or athena:DB.TABLE\n                        [--athena-workgroup W] [--athena-output s3://…]; see docs/exports.md;\n                        or a plugin source, NAME or NAME:ARG (aws-cost plugins list)',
	format: '  --format F            table (default), json, csv, markdown',
	cache: '  --no-cache, --refresh skip the cache, or fetch again and update it',
	today: '  --today YYYY-MM-DD    pin "today" (also AWS_COST_TODAY)',
	timeout: '  --timeout SECONDS     give up on a request after this long (default 30; also AWS_COST_TIMEOUT)',
	allowStale: '  --allow-stale         when Cost Explorer is down, print the last cached answer, labelled stale',
} as const;

/** The help lines of these shared flags, in the order given. */
export function optionHelp(...names: readonly (keyof typeof OPTION_HELP)[]): string {
	return names.map(name => OPTION_HELP[name]).join('\n');
}
