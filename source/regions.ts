/**
 * AWS regions as Cost Explorer's REGION dimension names them, with the names
 * people call them by. The one table of regions: the chat parser reads the
 * names, answers print "eu-west-1 (Europe (Ireland))".
 */
export interface AwsRegion {
	readonly code: string;
	/** AWS's display name. */
	readonly name: string;
	/** Lower-case words people use for it: the city, state or country. */
	readonly aliases: readonly string[];
}

export const AWS_REGIONS: readonly AwsRegion[] = [
	{code: 'us-east-1', name: 'US East (N. Virginia)', aliases: ['n virginia', 'n. virginia', 'northern virginia', 'north virginia', 'virginia']},
	{code: 'us-east-2', name: 'US East (Ohio)', aliases: ['ohio']},
	{code: 'us-west-1', name: 'US West (N. California)', aliases: ['n california', 'n. california', 'northern california', 'north california', 'california']},
	{code: 'us-west-2', name: 'US West (Oregon)', aliases: ['oregon']},
	{code: 'af-south-1', name: 'Africa (Cape Town)', aliases: ['cape town', 'south africa']},
	{code: 'ap-east-1', name: 'Asia Pacific (Hong Kong)', aliases: ['hong kong']},
	{code: 'ap-east-2', name: 'Asia Pacific (Taipei)', aliases: ['taipei', 'taiwan']},
	{code: 'ap-south-1', name: 'Asia Pacific (Mumbai)', aliases: ['mumbai']},
	{code: 'ap-south-2', name: 'Asia Pacific (Hyderabad)', aliases: ['hyderabad']},
	{code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', aliases: ['singapore']},
	{code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', aliases: ['sydney']},
	{code: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)', aliases: ['jakarta', 'indonesia']},
	{code: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)', aliases: ['melbourne']},
	{code: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)', aliases: ['malaysia', 'kuala lumpur']},
	{code: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)', aliases: ['new zealand', 'auckland']},
	{code: 'ap-southeast-7', name: 'Asia Pacific (Thailand)', aliases: ['thailand', 'bangkok']},
	{code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', aliases: ['tokyo']},
	{code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)', aliases: ['seoul', 'korea']},
	{code: 'ap-northeast-3', name: 'Asia Pacific (Osaka)', aliases: ['osaka']},
	{code: 'ca-central-1', name: 'Canada (Central)', aliases: ['canada central', 'montreal']},
	{code: 'ca-west-1', name: 'Canada West (Calgary)', aliases: ['calgary', 'canada west']},
	{code: 'eu-central-1', name: 'Europe (Frankfurt)', aliases: ['frankfurt']},
	{code: 'eu-central-2', name: 'Europe (Zurich)', aliases: ['zurich', 'zürich']},
	{code: 'eu-west-1', name: 'Europe (Ireland)', aliases: ['ireland', 'dublin']},
	{code: 'eu-west-2', name: 'Europe (London)', aliases: ['london']},
	{code: 'eu-west-3', name: 'Europe (Paris)', aliases: ['paris']},
	{code: 'eu-south-1', name: 'Europe (Milan)', aliases: ['milan']},
	{code: 'eu-south-2', name: 'Europe (Spain)', aliases: ['spain']},
	{code: 'eu-north-1', name: 'Europe (Stockholm)', aliases: ['stockholm']},
	{code: 'il-central-1', name: 'Israel (Tel Aviv)', aliases: ['tel aviv', 'israel']},
	{code: 'me-south-1', name: 'Middle East (Bahrain)', aliases: ['bahrain']},
	{code: 'me-central-1', name: 'Middle East (UAE)', aliases: ['uae', 'united arab emirates']},
	{code: 'mx-central-1', name: 'Mexico (Central)', aliases: ['mexico']},
	{code: 'sa-east-1', name: 'South America (São Paulo)', aliases: ['sao paulo', 'são paulo', 'brazil']},
	{code: 'us-gov-east-1', name: 'AWS GovCloud (US-East)', aliases: ['govcloud east', 'govcloud us-east']},
	{code: 'us-gov-west-1', name: 'AWS GovCloud (US-West)', aliases: ['govcloud west', 'govcloud us-west', 'govcloud']},
	{code: 'cn-north-1', name: 'China (Beijing)', aliases: ['beijing']},
	{code: 'cn-northwest-1', name: 'China (Ningxia)', aliases: ['ningxia']},
	// Cost Explorer books services without a region (Route 53, CloudFront, support) here.
	{code: 'global', name: 'Global', aliases: []},
];

const byCode = new Map(AWS_REGIONS.map(region => [region.code, region]));

/** The region a code names, if AWS has it. */
export function regionByCode(code: string): AwsRegion | undefined {
	return byCode.get(code.toLowerCase());
}

/** "eu-west-1 (Europe (Ireland))"; an unknown code as itself. */
export function describeRegion(code: string): string {
	const region = byCode.get(code);
	return region === undefined || region.code === 'global' ? code : `${code} (${region.name})`;
}

/** Parts of the world, as the regions whose codes start so (GovCloud and China stay out unless named). */
export interface AwsArea {
	readonly name: string;
	/** Lower-case words for it, a regex alternation. */
	readonly words: string;
	readonly codes: readonly string[];
}

const area = (name: string, words: string, prefix: RegExp): AwsArea => ({
	name,
	words,
	codes: AWS_REGIONS.filter(region => prefix.test(region.code)).map(region => region.code),
});

export const AWS_AREAS: readonly AwsArea[] = [
	area('the US', 'the us|the usa|the united states|us regions|usa|united states|north america', /^us-(?!gov)/),
	area('Europe', 'europe|the eu|eu regions|emea', /^eu-/),
	area('Asia Pacific', 'asia pacific|asia|apac|asia-pacific', /^ap-/),
	area('Canada', 'canada', /^ca-/),
	area('South America', 'south america|latin america|latam', /^sa-|^mx-/),
	area('the Middle East', 'the middle east|middle east', /^me-|^il-/),
	area('Africa', 'africa', /^af-/),
	area('China', 'china', /^cn-/),
];

/** "region eu-west-1 (Europe (Ireland))", "regions in Europe (eu-*)", or the codes listed. */
export function describeRegions(codes: readonly string[]): string {
	const whole = AWS_AREAS.find(candidate => candidate.codes.length === codes.length && candidate.codes.every(code => codes.includes(code)));
	if (whole !== undefined) return `every region in ${whole.name} (${whole.codes.length} regions)`;
	const named = codes.map(describeRegion);
	const listed = named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} or ${named.at(-1) ?? ''}`;
	return `${codes.length === 1 ? 'region' : 'regions'} ${listed}`;
}
